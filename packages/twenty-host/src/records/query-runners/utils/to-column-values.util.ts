import { getFieldColumns } from '../../../database/columns.util';
import { type SqlExecutor } from '../../../database/database.service';
import { COMPOSITE_TYPES } from '../../../manifest/composite-types.constant';
import {
  type ObjectMetadata,
  isCompositeFieldType,
} from '../../../manifest/object-metadata.type';
import { validateDateFieldOrThrow } from '../../../data-args/validate-date-field-or-throw.util';
import { validateDateTimeFieldOrThrow } from '../../../data-args/validate-date-time-field-or-throw.util';
import { describeValue } from '../../describe-value.util';
import { assertIsValidUuid } from '../../filter.util';
import { RecordsException } from '../../records.exception';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { type ColumnValues } from './column-values.type';
import { isPlainObject } from './is-plain-object.util';
import { resolveConnect } from './resolve-connect.util';

/** Converts a create/update input to column values (only the given fields). */
export const toColumnValues = async ({
  deps,
  executor,
  object,
  data,
}: {
  deps: RecordsQueryRunnerDeps;
  executor: SqlExecutor;
  object: ObjectMetadata;
  data: Record<string, unknown>;
}): Promise<ColumnValues> => {
  const values: ColumnValues = new Map();
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const field = object.fields.find((f) => f.name === key);
    const relationByJoinColumn = object.fields.find(
      (f) =>
        f.relation?.relationType === 'MANY_TO_ONE' &&
        f.relation.joinColumnName === key,
    );
    if (relationByJoinColumn !== undefined) {
      values.set(key, value === null ? null : assertIsValidUuid(value));
      continue;
    }
    if (field === undefined) {
      throw new RecordsException(
        `Object ${object.nameSingular} doesn't have any "${key}" field.`,
        'INVALID_INPUT',
      );
    }
    if (field.type === 'RELATION') {
      const joinColumn = field.relation?.joinColumnName;
      if (
        field.relation?.relationType !== 'MANY_TO_ONE' ||
        joinColumn === undefined
      ) {
        throw new RecordsException(
          `Relation "${key}" cannot be written from ${object.nameSingular}`,
          'INVALID_INPUT',
        );
      }
      values.set(
        joinColumn,
        await resolveConnect({ deps, executor, field, value }),
      );
      continue;
    }
    if (isCompositeFieldType(field.type)) {
      if (value === null) {
        for (const column of getFieldColumns(field))
          values.set(column.column, null);
        continue;
      }
      if (!isPlainObject(value)) {
        throw new RecordsException(
          `Field "${key}" expects an object`,
          'INVALID_INPUT',
        );
      }
      const subFields = COMPOSITE_TYPES[field.type].subFields;
      for (const column of getFieldColumns(field)) {
        const subField = subFields.find((s) => s.name === column.subField);
        if (subField === undefined || !subField.isInput) continue;
        const subValue = value[subField.name];
        if (subValue === undefined) continue;
        values.set(column.column, subValue);
      }
      continue;
    }
    const [column] = getFieldColumns(field);
    if (column === undefined) continue;
    if (field.type === 'UUID' && value !== null) {
      values.set(column.column, assertIsValidUuid(value));
      continue;
    }
    if (field.type === 'DATE' || field.type === 'DATE_TIME') {
      const validate =
        field.type === 'DATE'
          ? validateDateFieldOrThrow
          : validateDateTimeFieldOrThrow;
      values.set(column.column, validate({ value, fieldName: key }));
      continue;
    }
    if (
      (field.type === 'SELECT' || field.type === 'RATING') &&
      value !== null &&
      field.options !== undefined &&
      !field.options.some((o) => o.value === value)
    ) {
      throw new RecordsException(
        `Value "${describeValue(value)}" is not an option of field "${key}"`,
        'INVALID_INPUT',
      );
    }
    values.set(column.column, value);
  }
  return values;
};
