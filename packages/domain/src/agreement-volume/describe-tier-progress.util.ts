import { type CurrencyCode } from '../money/currency.util';
import { type Money } from '../money/money.type';
import { findReachedTier } from '../rebate-tiers/find-reached-tier.util';
import { type RebateTiers } from '../rebate-tiers/rebate-tier.type';

/** The reached tier, its rate, and the next threshold with the gap to it (null at the top). */
export const describeTierProgress = ({
  tiers,
  volumeMinor,
  currency,
}: {
  tiers: RebateTiers;
  volumeMinor: number;
  currency: CurrencyCode;
}): {
  currentTierNumber: number | null;
  currentRebateBasisPoints: number;
  nextTierNumber: number | null;
  nextTierThreshold: Money | null;
  gapToNextTier: Money | null;
} => {
  const reached = findReachedTier(tiers, volumeMinor);
  const next = tiers.find((tier) => tier.fromVolumeMinor > volumeMinor);
  return {
    currentTierNumber: reached?.tierNumber ?? null,
    currentRebateBasisPoints: reached?.basisPoints ?? 0,
    nextTierNumber: next?.tierNumber ?? null,
    nextTierThreshold:
      next === undefined
        ? null
        : { amountMinor: next.fromVolumeMinor, currency },
    gapToNextTier:
      next === undefined
        ? null
        : { amountMinor: next.fromVolumeMinor - volumeMinor, currency },
  };
};
