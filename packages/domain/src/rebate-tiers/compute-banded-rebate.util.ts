import {
  divideByBasisPoints,
  FULL_SHARE_BASIS_POINTS,
} from '../money/basis-points.util';
import { type RebateTiers } from './rebate-tier.type';

/**
 * retroactive = false: each band [fromVolume, next fromVolume) earns its own rate. The exact
 * sum of the bands is rounded half up once, so it never exceeds the top rate × volume.
 */
export const computeBandedRebate = (
  tiers: RebateTiers,
  volumeMinor: number,
): number => {
  let quotients = 0;
  let remainders = 0;
  for (let index = 0; index < tiers.length; index += 1) {
    const tier = tiers[index];
    if (tier === undefined || tier.fromVolumeMinor >= volumeMinor) break;
    const bandEnd = Math.min(
      volumeMinor,
      tiers[index + 1]?.fromVolumeMinor ?? volumeMinor,
    );
    const band = divideByBasisPoints(
      bandEnd - tier.fromVolumeMinor,
      tier.basisPoints,
    );
    quotients += band.quotient;
    remainders += band.remainder;
  }
  const carried = Math.floor(remainders / FULL_SHARE_BASIS_POINTS);
  const left = remainders - carried * FULL_SHARE_BASIS_POINTS;
  return quotients + carried + (left * 2 >= FULL_SHARE_BASIS_POINTS ? 1 : 0);
};
