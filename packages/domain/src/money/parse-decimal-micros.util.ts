import { fail, ok, type Result } from '../shared/result.type';

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d{1,6}))?$/;

/**
 * A decimal amount as written by a person ("58500.5", "-5.25") in exact micros: the sign
 * applies to the whole amount, at most 6 decimals, no floating point.
 */
export const parseDecimalToMicros = (value: string): Result<number, string> => {
  const match = DECIMAL_PATTERN.exec(value.trim());
  if (match === null)
    return fail(
      `expected a decimal amount such as 1250.50 with at most 6 decimals, got "${value}"`,
    );
  const [, sign = '', units = '0', fraction = ''] = match;
  const magnitude = Number(units) * 1_000_000 + Number(fraction.padEnd(6, '0'));
  if (!Number.isSafeInteger(magnitude))
    return fail(`"${value}" is too large to be stored as micros`);
  return ok(sign === '-' && magnitude !== 0 ? -magnitude : magnitude);
};
