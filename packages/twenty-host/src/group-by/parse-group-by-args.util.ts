import { getFieldColumns } from '../database/columns.util';
import {
  type ObjectMetadata,
  isCompositeFieldType,
} from '../manifest/object-metadata.type';
import { RecordsException } from '../records/records.exception';
import {
  DATE_GRANULARITIES,
  type DateGranularity,
  FIRST_DAYS_OF_THE_WEEK,
  type FirstDayOfTheWeek,
  type GroupByDimension,
} from './group-by-dimension.type';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const invalid = (message: string): RecordsException =>
  new RecordsException(message, 'INVALID_ARGS_FILTER');

const parseDateSpec = (
  fieldName: string,
  spec: unknown,
): GroupByDimension['date'] => {
  if (!isRecord(spec)) {
    throw invalid(`Group by "${fieldName}" needs { granularity }`);
  }
  const granularity = (spec.granularity ?? 'NONE') as DateGranularity;
  if (!DATE_GRANULARITIES.includes(granularity)) {
    throw invalid(`Unknown granularity "${String(spec.granularity)}"`);
  }
  const weekStartDay = spec.weekStartDay as FirstDayOfTheWeek | undefined;
  if (
    weekStartDay !== undefined &&
    weekStartDay !== null &&
    !FIRST_DAYS_OF_THE_WEEK.includes(weekStartDay)
  ) {
    throw invalid(`Unknown weekStartDay "${String(spec.weekStartDay)}"`);
  }
  return {
    granularity,
    ...(weekStartDay === undefined || weekStartDay === null
      ? {}
      : { weekStartDay }),
    ...(typeof spec.timeZone === 'string' ? { timeZone: spec.timeZone } : {}),
  };
};

/**
 * `groupBy: [{ stage: true }, { closeDate: { granularity: MONTH } }, { companyId: true },
 * { amount: { currencyCode: true } }]` → one dimension per entry, in order
 * (Twenty: graphql-query-runner/group-by/resolvers/utils/parse-group-by-args.util.ts).
 */
export const parseGroupByArgs = ({
  object,
  groupBy,
}: {
  object: ObjectMetadata;
  groupBy: unknown;
}): GroupByDimension[] => {
  if (!Array.isArray(groupBy) || groupBy.length === 0) {
    throw invalid('groupBy must list at least one field');
  }
  return groupBy.flatMap((entry: unknown) => {
    if (!isRecord(entry)) throw invalid('Each groupBy entry must be an object');
    return Object.entries(entry).flatMap(([key, spec]): GroupByDimension[] => {
      if (spec === false || spec === null || spec === undefined) return [];
      const relationField = object.fields.find(
        (f) =>
          f.relation?.relationType === 'MANY_TO_ONE' &&
          f.relation.joinColumnName === key,
      );
      const field = relationField ?? object.fields.find((f) => f.name === key);
      if (
        field === undefined ||
        (field.type === 'RELATION' && !relationField)
      ) {
        throw invalid(`Cannot group by "${key}" on ${object.nameSingular}`);
      }
      const columns = getFieldColumns(field);
      if (isCompositeFieldType(field.type)) {
        if (!isRecord(spec))
          throw invalid(`Group by "${key}" needs a sub-field`);
        return Object.entries(spec)
          .filter(([, on]) => on === true)
          .map(([subField]) => {
            const column = columns.find((c) => c.subField === subField);
            if (column === undefined) {
              throw invalid(`Unknown sub-field "${key}.${subField}"`);
            }
            return { field, column, subField };
          });
      }
      const [column] = columns;
      if (column === undefined) throw invalid(`Cannot group by "${key}"`);
      if (field.type === 'DATE' || field.type === 'DATE_TIME') {
        return [{ field, column, date: parseDateSpec(key, spec) }];
      }
      if (spec !== true) throw invalid(`Group by "${key}" takes true`);
      if (field.type === 'MULTI_SELECT' || field.type === 'ARRAY') {
        throw invalid(`The host does not group by list field "${key}"`);
      }
      return [{ field, column }];
    });
  });
};
