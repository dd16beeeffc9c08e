import { inspect } from 'node:util';

import { isValid } from 'date-fns';
import { Temporal } from 'temporal-polyfill';

import { RecordsException } from '../records/records.exception';
import { parseToInstantOrThrow } from './parse-to-instant-or-throw.util';

const throwInvalidDateTime = (value: unknown, fieldName: string): never => {
  const inspectedValue = inspect(value);
  throw new RecordsException(
    `Invalid value ${inspectedValue} for date-time field "${fieldName}". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`,
    'INVALID_ARGS_DATA',
    {
      userFriendlyMessage: `Invalid value for date-time: "${inspectedValue}". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`,
    },
  );
};

/**
 * A DATE_TIME field's input (Twenty: engine/api/common/common-args-processors/
 * data-arg-processor/validator-utils/validate-date-time-field-or-throw.util.ts): null, or a
 * date-time parseToInstantOrThrow reads, normalised to an ISO instant string.
 */
export const validateDateTimeFieldOrThrow = ({
  value,
  fieldName,
}: {
  value: unknown;
  fieldName: string;
}): unknown => {
  if (value === null) return null;
  if (value instanceof Date && isValid(value)) {
    return Temporal.Instant.fromEpochMilliseconds(value.getTime()).toString();
  }
  if (typeof value === 'string') {
    try {
      return parseToInstantOrThrow(value).toString();
    } catch {
      return throwInvalidDateTime(value, fieldName);
    }
  }
  return throwInvalidDateTime(value, fieldName);
};
