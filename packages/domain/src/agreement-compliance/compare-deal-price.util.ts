import { type CurrencyAmount } from '../agreement-volume/agreement-engine-input.type';
import { FULL_SHARE_BASIS_POINTS } from '../money/basis-points.util';

const MAX_BASIS_POINTS = 2 * FULL_SHARE_BASIS_POINTS;
// (list − amount) × 10,000 and (agreed ± tolerance) × list stay below 2^53 up to this size.
const SAFE_MICROS = Math.floor(
  Number.MAX_SAFE_INTEGER / (2 * MAX_BASIS_POINTS),
);

export type PriceVerdict = 'BELOW' | 'WITHIN' | 'ABOVE';

/**
 * AGREEMENTS.md: below the agreement when the discount off listAmount exceeds the agreed
 * discount plus the tolerance; above it when the discount falls short of the agreed one minus
 * the tolerance. Exact integer comparison on micros (both amounts in one currency).
 */
export const compareDealPrice = ({
  amount,
  listAmount,
  agreedBasisPoints,
  toleranceBasisPoints,
}: {
  amount: CurrencyAmount;
  listAmount: CurrencyAmount;
  agreedBasisPoints: number;
  toleranceBasisPoints: number;
}): { verdict: PriceVerdict; actualDiscountBasisPoints: number } => {
  // Exact in doubles while every product stays below 2^53; BigInt beyond (rare, slower).
  const largest = Math.max(
    Math.abs(listAmount.amountMicros),
    Math.abs(amount.amountMicros),
  );
  if (
    largest <= SAFE_MICROS &&
    Math.abs(agreedBasisPoints) + toleranceBasisPoints <= MAX_BASIS_POINTS
  ) {
    const list = listAmount.amountMicros;
    const discount = (list - amount.amountMicros) * FULL_SHARE_BASIS_POINTS;
    const actualDiscountBasisPoints = Math.trunc(discount / list);
    if (discount > (agreedBasisPoints + toleranceBasisPoints) * list)
      return { verdict: 'BELOW', actualDiscountBasisPoints };
    if (discount < (agreedBasisPoints - toleranceBasisPoints) * list)
      return { verdict: 'ABOVE', actualDiscountBasisPoints };
    return { verdict: 'WITHIN', actualDiscountBasisPoints };
  }
  const list = BigInt(listAmount.amountMicros);
  const discount =
    (list - BigInt(amount.amountMicros)) * BigInt(FULL_SHARE_BASIS_POINTS);
  const actualDiscountBasisPoints = Number(discount / list);
  if (discount > BigInt(agreedBasisPoints + toleranceBasisPoints) * list) {
    return { verdict: 'BELOW', actualDiscountBasisPoints };
  }
  if (discount < BigInt(agreedBasisPoints - toleranceBasisPoints) * list) {
    return { verdict: 'ABOVE', actualDiscountBasisPoints };
  }
  return { verdict: 'WITHIN', actualDiscountBasisPoints };
};
