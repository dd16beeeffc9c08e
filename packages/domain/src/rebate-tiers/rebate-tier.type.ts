/** A validated tier: from this cumulative volume (minor units of the agreement currency) on, this rate. */
export type RebateTier = {
  /** 1-based position in threshold order, as users name tiers ("tier 2"). */
  tierNumber: number;
  fromVolumeMinor: number;
  basisPoints: number;
};

/** Tiers in strictly increasing threshold order (parseRebateTiers guarantees it). */
export type RebateTiers = readonly RebateTier[];
