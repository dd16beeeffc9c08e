import { computeBandedRebate } from './compute-banded-rebate.util';
import { computeRetroactiveRebate } from './compute-retroactive-rebate.util';
import { type RebateTiers } from './rebate-tier.type';

type RebateFormula = (tiers: RebateTiers, volumeMinor: number) => number;

// Tiers are data: the agreement's `retroactive` flag picks one of two pure formulas.
const FORMULAS: Readonly<Record<'true' | 'false', RebateFormula>> = {
  true: computeRetroactiveRebate,
  false: computeBandedRebate,
};

/** The rebate (minor units) on a cumulative volume; 0 below the first tier. */
export const computeRebate = ({
  tiers,
  retroactive,
  volumeMinor,
}: {
  tiers: RebateTiers;
  retroactive: boolean;
  volumeMinor: number;
}): number => FORMULAS[retroactive ? 'true' : 'false'](tiers, volumeMinor);
