import { applyBasisPoints } from '../money/basis-points.util';
import { findReachedTier } from './find-reached-tier.util';
import { type RebateTiers } from './rebate-tier.type';

/** retroactive = true: the reached tier's rate applies to the whole volume, rounded half up once. */
export const computeRetroactiveRebate = (
  tiers: RebateTiers,
  volumeMinor: number,
): number => {
  const tier = findReachedTier(tiers, volumeMinor);
  return tier === undefined
    ? 0
    : applyBasisPoints(volumeMinor, tier.basisPoints);
};
