// Twenty's throttler refuses with "Limit reached (<maxTokens> tokens per <timeWindow> ms)"
// (twenty-server core-modules/throttler/throttler.service.ts, tokenBucketThrottleOrThrow, called
// by api/common/common-query-runners/common-base-query-runner.service.ts
// throttleApplicationQueryExecution with APPLICATION_API_RATE_LIMITING_LIMIT / _TTL_IN_MS).
// Its bucket refills maxTokens / timeWindow tokens per ms, rounded down, from the last
// successful take: one token comes back every timeWindow / maxTokens ms.
const LIMIT_MESSAGE = /Limit reached \((\d+) tokens per (\d+) ms\)/;

/** Twenty's defaults: 500 requests per 60 s for an application. */
export const DEFAULT_APP_BUDGET = { limit: 500, windowMs: 60_000 } as const;

const MAX_DOUBLINGS = 5;

export type RateLimitBudget = { limit: number; windowMs: number };

/** The bucket named in Twenty's refusal, or Twenty's default bucket. */
export const readRateLimitBudget = (message: string): RateLimitBudget => {
  const match = LIMIT_MESSAGE.exec(message);
  const limit = Number(match?.[1]);
  const windowMs = Number(match?.[2]);
  return limit > 0 && windowMs > 0 ? { limit, windowMs } : DEFAULT_APP_BUDGET;
};

/**
 * How long to wait before asking again after the `attempt`-th refusal in a row (0-based):
 * at least one refill interval, plus a random share of a window that doubles with each
 * refusal, so that runs waiting on the same bucket spread out instead of retrying together.
 */
export const computeRateLimitWait = ({
  budget,
  attempt,
  random,
}: {
  budget: RateLimitBudget;
  attempt: number;
  random: number;
}): number => {
  const refillMs = budget.windowMs / budget.limit;
  const spread = refillMs * 2 ** Math.min(attempt, MAX_DOUBLINGS);
  return Math.min(
    Math.ceil(refillMs + random * spread),
    Math.ceil(budget.windowMs / 4),
  );
};
