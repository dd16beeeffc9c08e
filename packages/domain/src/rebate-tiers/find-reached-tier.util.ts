import { type RebateTier, type RebateTiers } from './rebate-tier.type';

/** The highest tier whose fromVolume <= volume; undefined below the first tier (rebate 0). */
export const findReachedTier = (
  tiers: RebateTiers,
  volumeMinor: number,
): RebateTier | undefined => {
  let reached: RebateTier | undefined;
  for (const tier of tiers) {
    if (tier.fromVolumeMinor > volumeMinor) break;
    reached = tier;
  }
  return reached;
};
