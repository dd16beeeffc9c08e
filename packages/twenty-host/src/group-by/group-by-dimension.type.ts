import { type ColumnDefinition } from '../database/columns.util';
import { type FieldMetadata } from '../manifest/object-metadata.type';

// Twenty: twenty-shared ObjectRecordGroupByDateGranularity (order as in a real workspace's
// `DateGranularityEnum`) and FirstDayOfTheWeek.
export const DATE_GRANULARITIES = [
  'DAY',
  'MONTH',
  'QUARTER',
  'YEAR',
  'WEEK',
  'DAY_OF_THE_WEEK',
  'MONTH_OF_THE_YEAR',
  'QUARTER_OF_THE_YEAR',
  'NONE',
] as const;
export type DateGranularity = (typeof DATE_GRANULARITIES)[number];

export const FIRST_DAYS_OF_THE_WEEK = ['MONDAY', 'SUNDAY', 'SATURDAY'] as const;
export type FirstDayOfTheWeek = (typeof FIRST_DAYS_OF_THE_WEEK)[number];

/** One `groupBy` entry, resolved to its column (Twenty: parse-group-by-args.util.ts). */
export type GroupByDimension = {
  field: FieldMetadata;
  column: ColumnDefinition;
  /** Composite sub-field (`amount.currencyCode`), when grouping on one. */
  subField?: string;
  date?: {
    granularity: DateGranularity;
    weekStartDay?: FirstDayOfTheWeek;
    timeZone?: string;
  };
};
