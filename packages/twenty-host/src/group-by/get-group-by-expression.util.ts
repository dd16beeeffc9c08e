import { quoteIdentifier } from '../database/columns.util';
import { RecordsException } from '../records/records.exception';
import { type GroupByDimension } from './group-by-dimension.type';

// Twenty: api/common/common-query-runners/utils/get-group-by-expression.util.ts. Granularities
// that truncate a DATE_TIME need a time zone; the bucket is the day it starts on, 'YYYY-MM-DD'.
const GRANULARITIES_WITH_TIME_ZONE = [
  'DAY',
  'WEEK',
  'MONTH',
  'QUARTER',
  'YEAR',
];

const isKnownTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(timeZone);
  } catch {
    return false;
  }
};

export const getGroupByExpression = (dimension: GroupByDimension): string => {
  const { column, date } = dimension;
  const ref = `t.${quoteIdentifier(column.column)}`;
  const isoTimestamp = `to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  if (date === undefined || date.granularity === 'NONE') {
    if (column.kind === 'TIMESTAMP') return isoTimestamp;
    if (column.kind === 'DATE' || column.kind === 'NUMERIC') {
      return `${ref}::text`;
    }
    return ref;
  }
  const { granularity } = date;
  if (!GRANULARITIES_WITH_TIME_ZONE.includes(granularity)) {
    throw new RecordsException(
      `The host does not group by ${granularity}; use DAY, WEEK, MONTH, QUARTER, YEAR or NONE`,
      'INVALID_ARGS_FILTER',
    );
  }
  const isDateTime = column.kind === 'TIMESTAMP';
  const timeZone = date.timeZone;
  if (isDateTime && (timeZone === undefined || timeZone === '')) {
    throw new RecordsException(
      'Time zone should be specified for a group by date on Day, Week, Month, Quarter or Year',
      'MISSING_TIMEZONE_FOR_DATE_GROUP_BY',
    );
  }
  if (isDateTime && timeZone !== undefined && !isKnownTimeZone(timeZone)) {
    throw new RecordsException(
      `Invalid timezone: ${timeZone}`,
      'INVALID_TIMEZONE',
    );
  }
  const value = isDateTime ? ref : `${ref}::timestamp`;
  const zoneArgument = isDateTime ? `, '${timeZone}'` : '';
  const atZone = isDateTime ? ` AT TIME ZONE '${timeZone}'` : '';
  const shift =
    granularity !== 'WEEK'
      ? 0
      : date.weekStartDay === 'SUNDAY'
        ? 1
        : date.weekStartDay === 'SATURDAY'
          ? 2
          : 0;
  const truncated =
    shift === 0
      ? `DATE_TRUNC('${granularity.toLowerCase()}', ${value}${zoneArgument})`
      : `(DATE_TRUNC('week', ${value} + INTERVAL '${shift} day'${zoneArgument}) - INTERVAL '${shift} day')`;
  return `TO_CHAR(${truncated}${atZone}, 'YYYY-MM-DD')`;
};
