import { FULL_SHARE_BASIS_POINTS } from '../money/basis-points.util';
import { fail, ok, type Result } from '../shared/result.type';

// "60", "33.33", "33,5" (a comma for the decimal point, as many offices type it).
const SHARE_PATTERN = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;

/**
 * A share a person typed, as basis points (10000 = 100.00 %): a number from 0.01 to 100 with
 * at most two decimals; anything else is refused with a sentence, never read as zero.
 */
export const parseSharePercent = (text: string): Result<number, string> => {
  const match = SHARE_PATTERN.exec(text.trim());
  if (match === null)
    return fail(
      `"${text}" is not a share: type a number from 0.01 to 100 with at most two decimals.`,
    );
  const [, whole = '0', decimals = ''] = match;
  const basisPoints = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (basisPoints === 0 || basisPoints > FULL_SHARE_BASIS_POINTS)
    return fail(`${text} % is not a share: it must be from 0.01 to 100.`);
  return ok(basisPoints);
};

export const formatSharePercent = (basisPoints: number): string =>
  `${(basisPoints / 100).toFixed(2)} %`;
