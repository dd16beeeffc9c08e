import {
  type ChartField,
  type ChartQuery,
  type GqlFilter,
  type GqlGroupBy,
} from './chart-query.type';

type RecordFilter = {
  fieldMetadataUniversalIdentifier: string;
  operand: string;
  value?: string | null;
  subFieldName?: string | null;
  relationTargetFieldMetadataUniversalIdentifier?: string | null;
};

const capitalize = (text: string): string =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const fieldOrThrow = (
  fields: ReadonlyMap<string, ChartField>,
  id: unknown,
): ChartField => {
  const field = typeof id === 'string' ? fields.get(id) : undefined;
  if (field === undefined)
    throw new Error(`chart names an unknown field ${String(id)}`);
  return field;
};

// twenty-shared turnRecordFilterIntoGqlOperationFilter.ts, for the operands our charts use.
const translateFilter = (
  filter: RecordFilter,
  fields: ReadonlyMap<string, ChartField>,
): GqlFilter => {
  const field = fieldOrThrow(fields, filter.fieldMetadataUniversalIdentifier);
  const values = (): string[] => JSON.parse(filter.value ?? '[]') as string[];
  const targetId = filter.relationTargetFieldMetadataUniversalIdentifier;
  if (field.type === 'RELATION' && targetId != null) {
    // The filter applies to the related record: { company: { <filter on its field> } }.
    return {
      [field.name]: translateFilter(
        {
          ...filter,
          fieldMetadataUniversalIdentifier: targetId,
          relationTargetFieldMetadataUniversalIdentifier: null,
        },
        fields,
      ),
    };
  }
  const column = field.type === 'RELATION' ? `${field.name}Id` : field.name;
  if (filter.operand === 'IS_EMPTY') return { [column]: { is: 'NULL' } };
  if (filter.operand === 'IS_NOT_EMPTY')
    return { not: { [column]: { is: 'NULL' } } };
  if (field.type === 'SELECT' && filter.operand === 'IS')
    return { [field.name]: { in: values() } };
  if (field.type === 'SELECT' && filter.operand === 'IS_NOT')
    return { not: { [field.name]: { in: values() } } };
  if (field.type === 'CURRENCY' && filter.subFieldName === 'currencyCode') {
    const inCurrencies = { [field.name]: { currencyCode: { in: values() } } };
    if (filter.operand === 'IS') return inCurrencies;
    if (filter.operand === 'IS_NOT') return { not: inCurrencies };
  }
  if (field.type === 'TEXT' && filter.operand === 'IS_EXACTLY')
    return { [field.name]: { eq: filter.value } };
  throw new Error(
    `no translation for ${filter.operand} on ${field.type} field ${field.name}`,
  );
};

const groupByEntry = (
  fields: ReadonlyMap<string, ChartField>,
  id: unknown,
  subField: unknown,
): GqlGroupBy => {
  const field = fieldOrThrow(fields, id);
  if (typeof subField === 'string' && subField !== '')
    return { [field.name]: { [subField]: true } };
  return { [field.type === 'RELATION' ? `${field.name}Id` : field.name]: true };
};

/**
 * The group-by query Twenty runs for a chart widget (twenty-front
 * generateGroupByQueryVariablesFromBarOrLineChartConfiguration / …PieChart…): the record
 * filters ANDed, the group-by axes in order, and the aggregate field (COUNT = totalCount,
 * SUM on a CURRENCY field = sum<Field>AmountMicros, whatever the currency of each record).
 */
export const translateChartToQuery = ({
  objectUniversalIdentifier,
  configuration,
  fields,
}: {
  objectUniversalIdentifier: string;
  configuration: Record<string, unknown>;
  fields: ReadonlyMap<string, ChartField>;
}): ChartQuery => {
  const aggregated = fieldOrThrow(
    fields,
    configuration.aggregateFieldMetadataUniversalIdentifier,
  );
  const operation = String(configuration.aggregateOperation);
  const subField = aggregated.type === 'CURRENCY' ? 'amountMicros' : null;
  const recordFilters =
    (configuration.filter as { recordFilters?: RecordFilter[] } | undefined)
      ?.recordFilters ?? [];
  const axes: [unknown, unknown][] =
    configuration.configurationType === 'PIE_CHART'
      ? [
          [
            configuration.groupByFieldMetadataUniversalIdentifier,
            configuration.groupBySubFieldName,
          ],
        ]
      : [
          [
            configuration.primaryAxisGroupByFieldMetadataUniversalIdentifier,
            configuration.primaryAxisGroupBySubFieldName,
          ],
          [
            configuration.secondaryAxisGroupByFieldMetadataUniversalIdentifier,
            configuration.secondaryAxisGroupBySubFieldName,
          ],
        ];
  return {
    objectUniversalIdentifier,
    filter: {
      and: recordFilters.map((filter) => translateFilter(filter, fields)),
    },
    groupBy: axes
      .filter(([id]) => id != null)
      .map(([id, sub]) => groupByEntry(fields, id, sub)),
    aggregateField:
      operation === 'COUNT'
        ? 'totalCount'
        : `${operation.toLowerCase()}${capitalize(aggregated.name)}${subField === null ? '' : capitalize(subField)}`,
    aggregate: { operation, field: aggregated.name, subField },
  };
};
