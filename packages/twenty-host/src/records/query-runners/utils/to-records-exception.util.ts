import { RecordsException } from '../../records.exception';
import { isPlainObject } from './is-plain-object.util';

const getDriverErrorCode = (error: unknown): string | undefined => {
  if (!isPlainObject(error) && !(error instanceof Error)) return undefined;
  const withCode = error as {
    code?: unknown;
    driverError?: { code?: unknown };
  };
  if (typeof withCode.code === 'string') return withCode.code;
  const driverCode = withCode.driverError?.code;
  return typeof driverCode === 'string' ? driverCode : undefined;
};

const getDriverErrorColumn = (error: unknown): string | undefined => {
  const withColumn = error as {
    column?: unknown;
    driverError?: { column?: unknown };
  };
  const column = withColumn.column ?? withColumn.driverError?.column;
  return typeof column === 'string' ? column : undefined;
};

/** Maps database errors a caller can cause to Twenty's answers. */
export const toRecordsException = (error: unknown): unknown => {
  const code = getDriverErrorCode(error);
  switch (code) {
    case '23505':
      return new RecordsException(
        'A duplicate entry was detected',
        'DUPLICATE_ENTRY',
        {
          userFriendlyMessage:
            'This record already exists: a unique field has the same value as another record.',
        },
      );
    case '23503':
      return new RecordsException(
        'The record references a record that does not exist (or is still referenced)',
        'CONNECT_RECORD_NOT_FOUND',
      );
    case '23502':
      return new RecordsException(
        `Field "${getDriverErrorColumn(error) ?? 'unknown'}" is required`,
        'INVALID_INPUT',
      );
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new RecordsException(
        `Invalid value: ${error instanceof Error ? error.message : 'bad input'}`,
        'INVALID_INPUT',
      );
    default:
      return error;
  }
};
