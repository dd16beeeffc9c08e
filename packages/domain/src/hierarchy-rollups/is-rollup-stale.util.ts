/** Nightly recomputation plus two hours of slack. */
export const DEFAULT_ROLLUP_MAX_AGE_MS = 26 * 60 * 60 * 1000;

/**
 * A stored roll-up is STALE when it was never computed, when a relevant record changed after
 * it, or when it is older than maxAgeMs (a missed nightly run). Instants are ISO strings.
 */
export const isRollupStale = ({
  rollupCalculatedAt,
  lastRelevantChangeAt,
  now,
  maxAgeMs = DEFAULT_ROLLUP_MAX_AGE_MS,
}: {
  rollupCalculatedAt: string | null;
  lastRelevantChangeAt: string | null;
  now: Date;
  maxAgeMs?: number;
}): boolean => {
  if (rollupCalculatedAt === null) return true;
  const calculated = Date.parse(rollupCalculatedAt);
  if (Number.isNaN(calculated)) return true;
  if (lastRelevantChangeAt !== null) {
    const changed = Date.parse(lastRelevantChangeAt);
    if (Number.isNaN(changed) || changed > calculated) return true;
  }
  return now.getTime() - calculated > maxAgeMs;
};
