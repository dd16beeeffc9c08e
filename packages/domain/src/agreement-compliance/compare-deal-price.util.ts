import { type CurrencyAmount } from '../agreement-volume/agreement-engine-input.type';
import { FULL_SHARE_BASIS_POINTS } from '../money/basis-points.util';

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
