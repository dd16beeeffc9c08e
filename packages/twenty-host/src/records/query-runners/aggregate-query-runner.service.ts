import {
  type ColumnDefinition,
  quoteIdentifier,
} from '../../database/columns.util';
import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { SqlParams } from '../sql-params.util';
import { type AggregateOperation } from './aggregate-operation.type';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { buildScopeWhere } from './utils/build-scope-where.util';
import { runMappingErrors } from './utils/run-mapping-errors.util';

const buildExpression = (
  operation: AggregateOperation,
  column: ColumnDefinition,
): string => {
  const ref = `t.${quoteIdentifier(column.column)}`;
  const isEmpty =
    column.kind === 'TEXT'
      ? `(${ref} IS NULL OR ${ref} = '')`
      : `${ref} IS NULL`;
  const expressions: Record<AggregateOperation, string> = {
    countEmpty: `count(*) FILTER (WHERE ${isEmpty})`,
    countNotEmpty: `count(*) FILTER (WHERE NOT ${isEmpty})`,
    countUniqueValues: `count(DISTINCT ${ref})`,
    percentageEmpty: `CASE WHEN count(*) = 0 THEN NULL ELSE (count(*) FILTER (WHERE ${isEmpty}))::float / count(*) END`,
    percentageNotEmpty: `CASE WHEN count(*) = 0 THEN NULL ELSE (count(*) FILTER (WHERE NOT ${isEmpty}))::float / count(*) END`,
    min: `min(${ref})`,
    max: `max(${ref})`,
    avg: `avg(${ref})`,
    sum: `sum(${ref})`,
    countTrue: `count(*) FILTER (WHERE ${ref} IS TRUE)`,
    countFalse: `count(*) FILTER (WHERE ${ref} IS FALSE)`,
  };
  return expressions[operation];
};

/** The SELECT expression of an aggregate, as text (dates formatted as Twenty answers them). */
export const buildAggregateSelect = (
  operation: AggregateOperation,
  column: ColumnDefinition,
): string => {
  const isDate = column.kind === 'TIMESTAMP' || column.kind === 'DATE';
  const isMinMax = operation === 'min' || operation === 'max';
  const expression = buildExpression(operation, column);
  return !isDate || !isMinMax
    ? `(${expression})::text`
    : column.kind === 'DATE'
      ? `to_char(${expression}, 'YYYY-MM-DD')`
      : `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
};

/** An aggregate's text value as the API answers it: a number, or a date string for min/max of a date. */
export const readAggregateValue = (
  value: string | null,
  operation: AggregateOperation,
  column: ColumnDefinition,
): number | string | null => {
  if (value === null) return null;
  const isDate = column.kind === 'TIMESTAMP' || column.kind === 'DATE';
  const isMinMax = operation === 'min' || operation === 'max';
  return isDate && isMinMax ? value : Number(value);
};

/** A connection aggregate field (`sumAmountAmountMicros`, `countEmptyName`, …) over its scope. */
export class AggregateQueryRunnerService {
  constructor(private readonly deps: RecordsQueryRunnerDeps) {}

  async run({
    object,
    filter,
    operation,
    column,
  }: {
    object: ObjectMetadata;
    filter: unknown;
    operation: AggregateOperation;
    column: ColumnDefinition;
  }): Promise<number | string | null> {
    const select = buildAggregateSelect(operation, column);
    const params = new SqlParams();
    const where = buildScopeWhere({ object, filter, params });
    const rows = (await runMappingErrors(() =>
      this.deps.database.query(
        `SELECT ${select} AS "value" FROM ${this.deps.database.table(object)} t WHERE ${where}`,
        params.values,
      ),
    )) as { value: string | null }[];
    return readAggregateValue(rows[0]?.value ?? null, operation, column);
  }
}
