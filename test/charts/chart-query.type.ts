/** A field as the chart translation needs it: API name, Twenty field type, owning object. */
export type ChartField = {
  name: string;
  type: string;
  objectUniversalIdentifier: string;
};

/** Twenty's GraphQL record filter (RecordGqlOperationFilter): and / or / not or field filters. */
export type GqlFilter = { [key: string]: unknown };

/** One entry of `groupBy`: `{ countryCode: true }` or `{ reportingAmount: { currencyCode: true } }`. */
export type GqlGroupBy = {
  [field: string]: true | { [subField: string]: true };
};

/** The `<plural>GroupBy(filter, groupBy) { groupByDimensionValues <aggregate> }` a chart runs. */
export type ChartQuery = {
  objectUniversalIdentifier: string;
  filter: GqlFilter;
  groupBy: GqlGroupBy[];
  /** The aggregate field Twenty selects: totalCount, sumAmountAmountMicros, sumTargetValue… */
  aggregateField: string;
  aggregate: {
    operation: string;
    field: string;
    /** amountMicros for a CURRENCY field. */
    subField: string | null;
  };
};
