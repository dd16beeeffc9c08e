import {
  divideByBasisPoints,
  FULL_SHARE_BASIS_POINTS,
} from '../money/basis-points.util';
import { fail, ok, type Result } from '../shared/result.type';

export type AllocateError =
  | { code: 'NO_SHARES' }
  | { code: 'NEGATIVE_AMOUNT'; amountMinor: number }
  | { code: 'INVALID_SHARE'; index: number; basisPoints: number }
  | { code: 'SHARES_NOT_100_PERCENT'; totalBasisPoints: number };

const validateShares = (
  basisPoints: readonly number[],
): AllocateError | undefined => {
  if (basisPoints.length === 0) return { code: 'NO_SHARES' };
  let total = 0;
  for (let index = 0; index < basisPoints.length; index += 1) {
    const share = basisPoints[index] ?? Number.NaN;
    if (!Number.isInteger(share) || share < 0)
      return { code: 'INVALID_SHARE', index, basisPoints: share };
    total += share;
  }
  return total === FULL_SHARE_BASIS_POINTS
    ? undefined
    : { code: 'SHARES_NOT_100_PERCENT', totalBasisPoints: total };
};

// Largest remainder in minor units: the amounts always sum to amountMinor.
// Each share first gets its amount rounded down; the units left over go one at a time to the
// largest remainders, equal remainders to the earlier share (callers list BOOKING_OWNER first).
export const allocateByLargestRemainder = (
  amountMinor: number,
  basisPoints: readonly number[],
): Result<number[], AllocateError> => {
  const invalid = validateShares(basisPoints);
  if (invalid !== undefined) return fail(invalid);
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0)
    return fail({ code: 'NEGATIVE_AMOUNT', amountMinor });

  const amounts: number[] = new Array<number>(basisPoints.length);
  const remainders: number[] = new Array<number>(basisPoints.length);
  let unitsLeft = amountMinor;
  for (let index = 0; index < basisPoints.length; index += 1) {
    const { quotient, remainder } = divideByBasisPoints(
      amountMinor,
      basisPoints[index] ?? 0,
    );
    amounts[index] = quotient;
    remainders[index] = remainder;
    unitsLeft -= quotient;
  }
  for (; unitsLeft > 0; unitsLeft -= 1) {
    let best = 0;
    for (let index = 1; index < remainders.length; index += 1) {
      if ((remainders[index] ?? -1) > (remainders[best] ?? -1)) best = index;
    }
    amounts[best] = (amounts[best] ?? 0) + 1;
    remainders[best] = -1;
  }
  return ok(amounts);
};
