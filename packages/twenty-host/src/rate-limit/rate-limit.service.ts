// Twenty's throttler: a token bucket per key that starts full and refills continuously at
// limit / window; one token per root resolver call (common-base-query-runner).
export type RateLimitSettings = { limit: number; windowMs: number };

type Bucket = { tokens: number; updatedAt: number };

export class RateLimitService {
  private readonly buckets = new Map<string, Bucket>();
  private readonly requestCounts = new Map<string, number>();

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  get limitMessage(): string {
    return `Limit reached (${this.settings.limit} tokens per ${this.settings.windowMs} ms)`;
  }

  /** Takes `cost` tokens from the key's bucket; false (and nothing taken) when short. */
  tryConsume(key: string, cost: number): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? {
      tokens: this.settings.limit,
      updatedAt: now,
    };
    const refill =
      ((now - bucket.updatedAt) * this.settings.limit) / this.settings.windowMs;
    bucket.tokens = Math.min(this.settings.limit, bucket.tokens + refill);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
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

  resetCounts(): void {
    this.requestCounts.clear();
  }

  resetBuckets(): void {
    this.buckets.clear();
  }
}
