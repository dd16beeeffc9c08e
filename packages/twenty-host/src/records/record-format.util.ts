import {
  type ColumnDefinition,
  getFieldColumns,
} from '../database/columns.util';
import { COMPOSITE_TYPES } from '../manifest/composite-types.constant';
import {
  type FieldMetadata,
  type ObjectMetadata,
  isCompositeFieldType,
} from '../manifest/object-metadata.type';
import { describeValue } from './describe-value.util';

export type RecordRow = Record<string, unknown>;
/** A record in API shape: composites as objects, relations as `<name>Id`. */
export type ApiRecord = Record<string, unknown> & { id: string };

const toNumberOrNull = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const parsed = parseFloat(describeValue(value));
  return Number.isNaN(parsed) ? null : parsed;
};

const convertColumnValue = (
  { kind }: ColumnDefinition,
  value: unknown,
): unknown => {
  if (value === undefined) return null;
  switch (kind) {
    case 'NUMERIC':
    case 'FLOAT':
    case 'INT':
      return toNumberOrNull(value);
    case 'TIMESTAMP':
      return value instanceof Date ? value.toISOString() : (value ?? null);
    default:
      return value;
  }
};

export const rowToRecord = (
  object: ObjectMetadata,
  row: RecordRow,
): ApiRecord => {
  const record: Record<string, unknown> = {};
  for (const field of object.fields) {
    const columns = getFieldColumns(field);
    if (columns.length === 0) continue;
    if (isCompositeFieldType(field.type)) {
      const composite: Record<string, unknown> = {};
      for (const column of columns) {
        if (column.subField === undefined) continue;
        composite[column.subField] = convertColumnValue(
          column,
          row[column.column],
        );
      }
      record[field.name] = composite;
      continue;
    }
    const [column] = columns;
    if (column === undefined) continue;
    record[column.column] = convertColumnValue(column, row[column.column]);
  }
  return record as ApiRecord;
};

/** Fields of a record as the event payload names them (join columns for relations). */
export const getRecordFieldNames = (object: ObjectMetadata): string[] =>
  object.fields.flatMap((field) => {
    const columns = getFieldColumns(field);
    if (columns.length === 0) return [];
    if (isCompositeFieldType(field.type)) return [field.name];
    return columns.map((c) => c.column);
  });

export const getCompositeSubFields = (field: FieldMetadata): string[] =>
  isCompositeFieldType(field.type)
    ? COMPOSITE_TYPES[field.type].subFields.map((s) => s.name)
    : [];

const stableStringify = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a.localeCompare(b),
          ),
        )
      : inner,
  );

export const isSameValue = (a: unknown, b: unknown): boolean =>
  stableStringify(a) === stableStringify(b);

/** `{ field: { before, after } }` for changed fields; `updatedAt` does not count. */
export const computeDiff = (
  object: ObjectMetadata,
  before: ApiRecord,
  after: ApiRecord,
): Record<string, { before: unknown; after: unknown }> => {
  const diff: Record<string, { before: unknown; after: unknown }> = {};
  for (const name of getRecordFieldNames(object)) {
    if (name === 'updatedAt' || name === 'updatedBy') continue;
    if (!isSameValue(before[name], after[name])) {
      diff[name] = { before: before[name], after: after[name] };
    }
  }
  return diff;
};
