import { Temporal } from 'temporal-polyfill';

import { type GroupByDimension } from './group-by-dimension.type';

const BUCKET_LENGTH: Record<string, Temporal.DurationLike> = {
  DAY: { days: 1 },
  WEEK: { days: 7 },
  MONTH: { months: 1 },
  QUARTER: { months: 3 },
  YEAR: { years: 1 },
};

const wrap = (dimension: GroupByDimension, condition: unknown): unknown => {
  const { field, column, subField } = dimension;
  if (field.type === 'RELATION') return { [column.column]: condition };
  if (subField !== undefined)
    return { [field.name]: { [subField]: condition } };
  return { [field.name]: condition };
};

const toBound = (dimension: GroupByDimension, day: Temporal.PlainDate) =>
  dimension.column.kind === 'TIMESTAMP'
    ? day
        .toZonedDateTime(dimension.date?.timeZone ?? 'UTC')
        .toInstant()
        .toString()
    : day.toString();

/**
 * The filter that selects one group's records: the dimension equals the group's value, or
 * lies inside its date bucket. The group's aggregate fields are computed on it.
 */
export const getGroupScopeFilter = ({
  dimension,
  value,
}: {
  dimension: GroupByDimension;
  value: unknown;
}): unknown => {
  if (value === null || value === undefined) {
    return wrap(dimension, { is: 'NULL' });
  }
  const granularity = dimension.date?.granularity;
  const length =
    granularity === undefined ? undefined : BUCKET_LENGTH[granularity];
  if (length === undefined) return wrap(dimension, { eq: value });
  const start = Temporal.PlainDate.from(
    typeof value === 'string' ? value : JSON.stringify(value),
  );
  return {
    and: [
      wrap(dimension, { gte: toBound(dimension, start) }),
      wrap(dimension, { lt: toBound(dimension, start.add(length)) }),
    ],
  };
};
