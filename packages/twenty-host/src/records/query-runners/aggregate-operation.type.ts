export const AGGREGATE_OPERATIONS = [
  'countEmpty',
  'countNotEmpty',
  'countUniqueValues',
  'percentageEmpty',
  'percentageNotEmpty',
  'min',
  'max',
  'avg',
  'sum',
  'countTrue',
  'countFalse',
] as const;

export type AggregateOperation = (typeof AGGREGATE_OPERATIONS)[number];
