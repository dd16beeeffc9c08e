// Twenty's throttler: a token bucket per key that starts full. On each take it adds
// floor(elapsed × limit / window) tokens since the last successful take (capped at the
// limit), refuses without touching the bucket when short, and otherwise stores the rest with
// lastRefillAt = now, so the fraction of a token refilled before a take is lost.
// Checked against twenty-server core-modules/throttler/throttler.service.ts
// (tokenBucketThrottleOrThrow, getAvailableTokensCount) and its Redis scripts
// core-modules/throttler/constants/token-bucket-throttle-script.constant.ts and
// consume-token-bucket-script.constant.ts. One token per root resolver call
// (api/common/common-query-runners/common-base-query-runner.service.ts,
// throttleApplicationQueryExecution).
export type RateLimitSettings = { limit: number; windowMs: number };

type Bucket = { tokens: number; lastRefillAt: number };

export class RateLimitService {
  private readonly buckets = new Map<string, Bucket>();
  private readonly requestCounts = new Map<string, number>();
  private readonly tokensTaken = new Map<string, number>();
  private readonly refusals = new Map<string, number>();
  private readonly settings: RateLimitSettings;
  private readonly now: () => number;

  constructor({
    settings,
    now = Date.now,
  }: {
    settings: RateLimitSettings;
    /** Host time (HostClockService.now): the bucket refills on the host's clock. */
    now?: () => number;
  }) {
    this.settings = settings;
    this.now = now;
  }

  /** Twenty's ThrottlerException message (LIMIT_REACHED). */
  get limitMessage(): string {
    return `Limit reached (${this.settings.limit} tokens per ${this.settings.windowMs} ms)`;
  }

  /** Takes `cost` tokens from the key's bucket; false (and nothing taken) when short. */
  tryConsume({ key, cost }: { key: string; cost: number }): boolean {
    const now = this.now();
    const { limit, windowMs } = this.settings;
    const bucket = this.buckets.get(key) ?? {
      tokens: limit,
      lastRefillAt: now,
    };
    const refill = Math.floor(
      (Math.max(0, now - bucket.lastRefillAt) * limit) / windowMs,
    );
    const available = Math.min(bucket.tokens + refill, limit);
    if (available < cost) {
      this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
      return false;
    }
    this.buckets.set(key, { tokens: available - cost, lastRefillAt: now });
    this.tokensTaken.set(key, (this.tokensTaken.get(key) ?? 0) + cost);
    return true;
  }

  countRequest(keys: string[]): void {
    for (const key of keys) {
      this.requestCounts.set(key, (this.requestCounts.get(key) ?? 0) + 1);
    }
  }

  requestCount(key: string): number {
    return this.requestCounts.get(key) ?? 0;
  }

  /** Tokens taken from the key's bucket so far (one per root field of each accepted request). */
  tokenCount(key: string): number {
    return this.tokensTaken.get(key) ?? 0;
  }

  /** Takes refused on the key so far (LIMIT_REACHED answers). */
  refusedCount(key: string): number {
    return this.refusals.get(key) ?? 0;
  }

  resetCounts(): void {
    this.requestCounts.clear();
    this.tokensTaken.clear();
  }

  resetBuckets(): void {
    this.buckets.clear();
  }
}
