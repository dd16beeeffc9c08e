import { quoteIdentifier } from '../database/columns.util';
import { type ObjectMetadata } from '../manifest/object-metadata.type';
import { RecordsException } from '../records/records.exception';
import { getFieldAggregations } from '../graphql-schema/workspace-schema-builder/utils/get-field-aggregations.util';
import { getGroupByExpression } from './get-group-by-expression.util';
import { type GroupByDimension } from './group-by-dimension.type';

// ORDER BY of a group-by query (Twenty: GraphqlQueryParser.applyGroupByOrderToBuilder with
// utils/get-group-by-order-expression.util.ts): `{ aggregate: { totalCount: DescNullsLast } }`,
// or a grouped dimension: `{ stage: AscNullsFirst }`, `{ closeDate: { orderBy, granularity } }`,
// `{ amount: { currencyCode: AscNullsLast } }`, `{ companyId: DescNullsLast }`.

const DIRECTIONS: Record<string, string> = {
  AscNullsFirst: 'ASC NULLS FIRST',
  AscNullsLast: 'ASC NULLS LAST',
  DescNullsFirst: 'DESC NULLS FIRST',
  DescNullsLast: 'DESC NULLS LAST',
};

const toDirection = (value: unknown): string => {
  const direction = typeof value === 'string' ? DIRECTIONS[value] : undefined;
  if (direction === undefined) {
    throw new RecordsException(
      `Invalid order direction ${String(value)}`,
      'INVALID_ARGS_ORDER_BY',
    );
  }
  return direction;
};

const aggregateExpression = ({
  object,
  name,
}: {
  object: ObjectMetadata;
  name: string;
}): string => {
  if (name === 'totalCount') return 'count(*)';
  const aggregation = object.fields
    .flatMap(getFieldAggregations)
    .find((candidate) => candidate.fieldName === name);
  const ref =
    aggregation === undefined
      ? ''
      : `t.${quoteIdentifier(aggregation.column.column)}`;
  const expressions: Record<string, string> = {
    sum: `sum(${ref})`,
    avg: `avg(${ref})`,
    min: `min(${ref})`,
    max: `max(${ref})`,
    countEmpty: `count(*) FILTER (WHERE ${ref} IS NULL)`,
    countNotEmpty: `count(${ref})`,
    countUniqueValues: `count(DISTINCT ${ref})`,
  };
  const expression =
    aggregation === undefined ? undefined : expressions[aggregation.operation];
  if (expression === undefined) {
    throw new RecordsException(
      `The host cannot order groups by "${name}"`,
      'INVALID_ARGS_ORDER_BY',
    );
  }
  return expression;
};

const dimensionFor = (
  dimensions: GroupByDimension[],
  key: string,
  subField: string | undefined,
): GroupByDimension => {
  const found = dimensions.find(
    (d) =>
      (d.field.name === key || d.column.column === key) &&
      d.subField === subField,
  );
  if (found === undefined) {
    throw new RecordsException(
      `Cannot order groups by "${key}${subField === undefined ? '' : `.${subField}`}": it is not grouped`,
      'INVALID_ARGS_ORDER_BY',
    );
  }
  return found;
};

export const buildGroupByOrderClause = ({
  object,
  dimensions,
  orderBy,
}: {
  object: ObjectMetadata;
  dimensions: GroupByDimension[];
  orderBy: unknown;
}): string => {
  const entries = Array.isArray(orderBy) ? (orderBy as unknown[]) : [];
  const terms = entries.flatMap((entry) =>
    Object.entries((entry ?? {}) as Record<string, unknown>).flatMap(
      ([key, value]) => {
        if (key === 'aggregate') {
          return Object.entries((value ?? {}) as Record<string, unknown>).map(
            ([name, direction]) =>
              `${aggregateExpression({ object, name })} ${toDirection(direction)}`,
          );
        }
        if (typeof value === 'string') {
          const dimension = dimensionFor(dimensions, key, undefined);
          return [`${getGroupByExpression(dimension)} ${toDirection(value)}`];
        }
        const spec = (value ?? {}) as Record<string, unknown>;
        if ('orderBy' in spec || 'granularity' in spec) {
          const dimension = dimensionFor(dimensions, key, undefined);
          return [
            `${getGroupByExpression(dimension)} ${toDirection(spec.orderBy ?? 'AscNullsLast')}`,
          ];
        }
        return Object.entries(spec).map(([subField, direction]) => {
          const dimension = dimensionFor(dimensions, key, subField);
          return `${getGroupByExpression(dimension)} ${toDirection(direction)}`;
        });
      },
    ),
  );
  // Twenty leaves groups unordered without orderBy; the host orders by the dimensions so
  // that results are stable.
  const fallback = dimensions.map(
    (d) => `${getGroupByExpression(d)} ASC NULLS LAST`,
  );
  return [...terms, ...fallback].join(', ');
};
