import { randomUUID } from 'node:crypto';

import { type ColumnDefinition } from '../../../database/columns.util';
import { isPlainObject } from './is-plain-object.util';

/** The value an insert stores in a column the input leaves out. */
export const defaultColumnValue = (column: ColumnDefinition): unknown => {
  const defaultValue = column.field.defaultValue;
  if (defaultValue === undefined) return null;
  if (isPlainObject(defaultValue) && 'computed' in defaultValue) {
    return defaultValue.computed === 'uuid'
      ? randomUUID()
      : new Date().toISOString();
  }
  if (column.subField !== undefined) {
    return isPlainObject(defaultValue)
      ? (defaultValue[column.subField] ?? null)
      : null;
  }
  return defaultValue;
};
