import { inspect } from 'node:util';

import { isValid, parse } from 'date-fns';

import { RecordsException } from '../records/records.exception';
import { ACCEPTED_DATE_FORMATS } from './date-input-formats.constant';

const isAcceptedDateFormat = (value: string): boolean =>
  ACCEPTED_DATE_FORMATS.some((format) =>
    isValid(parse(value, format, new Date(0))),
  );

/**
 * A DATE field's input (Twenty: engine/api/common/common-args-processors/data-arg-processor/
 * validator-utils/validate-date-field-or-throw.util.ts): null, or a string in one of
 * twenty-shared's ACCEPTED_DATE_FORMATS, kept as written (the `date` column stores the day).
 */
export const validateDateFieldOrThrow = ({
  value,
  fieldName,
}: {
  value: unknown;
  fieldName: string;
}): unknown => {
  if (value === null) return null;
  if (value instanceof Date && isValid(value)) return value;
  if (typeof value === 'string' && isAcceptedDateFormat(value)) return value;
  const inspectedValue = inspect(value);
  throw new RecordsException(
    `Invalid value ${inspectedValue} for date field "${fieldName}". Expected format: 'YYYY-MM-DD'`,
    'INVALID_ARGS_DATA',
    {
      userFriendlyMessage: `Invalid value for date: "${inspectedValue}". Expected format: 'YYYY-MM-DD'`,
    },
  );
};
