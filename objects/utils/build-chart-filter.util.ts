// Chart filters as Twenty's UI stores them (AND of every record filter). Twenty turns each
// into a GraphQL filter in twenty-shared/src/utils/filter/turnRecordFilterIntoGqlOperationFilter.ts:
// SELECT IS ["A","B"] → { field: { in } }; CURRENCY sub-field currencyCode IS ["EUR"] →
// { field: { currencyCode: { in } } }; a relation with a target field → { relation: { <target filter> } }.
type ChartRecordFilter = {
  fieldMetadataUniversalIdentifier: string;
  operand: string;
  value: string;
  subFieldName?: string;
  relationTargetFieldMetadataUniversalIdentifier?: string;
};

export type ChartFilterConditions = {
  /** SELECT fields and the values to keep. */
  selectIsOneOf?: { field: string; values: readonly string[] }[];
  /** CURRENCY fields whose currencyCode must be one of these. */
  currencyIsOneOf?: { field: string; currencyCodes: readonly string[] }[];
  /** A many-to-one relation whose target record must have `targetField` set. */
  relationTargetIsNotEmpty?: { field: string; targetField: string }[];
};

export const buildChartFilter = ({
  selectIsOneOf = [],
  currencyIsOneOf = [],
  relationTargetIsNotEmpty = [],
}: ChartFilterConditions): { recordFilters: ChartRecordFilter[] } => ({
  recordFilters: [
    ...selectIsOneOf.map(({ field, values }) => ({
      fieldMetadataUniversalIdentifier: field,
      operand: 'IS',
      value: JSON.stringify(values),
    })),
    ...currencyIsOneOf.map(({ field, currencyCodes }) => ({
      fieldMetadataUniversalIdentifier: field,
      operand: 'IS',
      subFieldName: 'currencyCode',
      value: JSON.stringify(currencyCodes),
    })),
    ...relationTargetIsNotEmpty.map(({ field, targetField }) => ({
      fieldMetadataUniversalIdentifier: field,
      operand: 'IS_NOT_EMPTY',
      value: '',
      relationTargetFieldMetadataUniversalIdentifier: targetField,
    })),
  ],
});
