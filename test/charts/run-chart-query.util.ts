import { type ChartQuery, type GqlFilter } from './chart-query.type';

type TwentyRecord = { [field: string]: unknown };

export type ChartRow = { dimensions: (string | null)[]; value: bigint };

const isRecord = (value: unknown): value is TwentyRecord =>
  typeof value === 'object' && value !== null;

// Field filters of twenty-server's query parser: in, eq, is NULL / NOT_NULL, nested composites and relations.
const matchesFieldFilter = (value: unknown, condition: TwentyRecord): boolean =>
  Object.entries(condition).every(([operator, operand]) => {
    switch (operator) {
      case 'in':
        return Array.isArray(operand) && operand.includes(value);
      case 'eq':
        return value === operand;
      case 'is':
        return operand === 'NULL' ? value == null : value != null;
      default:
        // A sub-field of a composite, or a field of the related record.
        return (
          isRecord(value) &&
          isRecord(operand) &&
          matchesFieldFilter(value[operator], operand)
        );
    }
  });

const matches = (record: TwentyRecord, filter: GqlFilter): boolean =>
  Object.entries(filter).every(([key, condition]) => {
    if (key === 'and')
      return (condition as GqlFilter[]).every((part) => matches(record, part));
    if (key === 'or')
      return (condition as GqlFilter[]).some((part) => matches(record, part));
    if (key === 'not') return !matches(record, condition as GqlFilter);
    const value = record[key];
    if (!isRecord(condition)) throw new Error(`bad filter on ${key}`);
    const isNested =
      isRecord(value) &&
      !Object.keys(condition).some((operator) =>
        ['in', 'eq', 'is'].includes(operator),
      );
    return isNested
      ? matches(value, condition)
      : matchesFieldFilter(value, condition);
  });

const dimensionOf = (
  record: TwentyRecord,
  entry: ChartQuery['groupBy'][number],
): string | null => {
  const [field, selection] = Object.entries(entry)[0] ?? [];
  if (field === undefined) return null;
  const value = record[field];
  const subField = Object.keys(selection === true ? {} : (selection ?? {}))[0];
  const dimension =
    subField === undefined ? value : isRecord(value) ? value[subField] : null;
  // Group-by dimensions are scalars (text, select values, currency codes).
  return typeof dimension === 'string' ? dimension : null;
};

const measure = (record: TwentyRecord, query: ChartQuery): bigint => {
  if (query.aggregate.operation === 'COUNT') return 1n;
  const value = record[query.aggregate.field];
  const amount =
    query.aggregate.subField === null
      ? value
      : isRecord(value)
        ? value[query.aggregate.subField]
        : null;
  if (query.aggregate.operation !== 'SUM')
    throw new Error(`no evaluation for ${query.aggregate.operation}`);
  if (amount == null) return 0n;
  // A NUMBER field (FLOAT, two decimals) is summed in hundredths, so the sums stay exact.
  if (query.aggregate.subField === null && typeof amount === 'number')
    return BigInt(Math.round(amount * 100));
  return BigInt(amount as string | bigint | number);
};

/** Runs a chart's group-by query over records shaped as Twenty returns them (the test's database). */
export const runChartQuery = ({
  query,
  records,
}: {
  query: ChartQuery;
  records: readonly TwentyRecord[];
}): ChartRow[] => {
  const rows = new Map<string, ChartRow>();
  for (const record of records) {
    if (!matches(record, query.filter)) continue;
    const dimensions = query.groupBy.map((entry) => dimensionOf(record, entry));
    const key = JSON.stringify(dimensions);
    const row = rows.get(key) ?? { dimensions, value: 0n };
    row.value += measure(record, query);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) =>
    JSON.stringify(a.dimensions) < JSON.stringify(b.dimensions) ? -1 : 1,
  );
};
