import { RateLimitService } from './rate-limit.service';

const bucketAt = (start = 0) => {
  let now = start;
  const service = new RateLimitService({
    settings: { limit: 500, windowMs: 60_000 },
    now: () => now,
  });
  return {
    service,
    advance: (ms: number) => {
      now += ms;
    },
    take: () => service.tryConsume({ key: 'app', cost: 1 }),
  };
};

describe('RateLimitService', () => {
  it('refuses the 501st token in one minute and refills at limit / window', () => {
    const { service, advance, take } = bucketAt();

    const accepted = Array.from({ length: 500 }, take).filter(Boolean).length;
    const refusedAtOnce = take();
    advance(120); // 500 / 60 000 ms = one token per 120 ms
    const acceptedAfterRefill = take();

    expect(accepted).toBe(500);
    expect(refusedAtOnce).toBe(false);
    expect(service.refusedCount('app')).toBe(1);
    expect(acceptedAfterRefill).toBe(true);
    expect(service.limitMessage).toBe(
      'Limit reached (500 tokens per 60000 ms)',
    );
  });

  it("loses the fraction of a token refilled before a take, as Twenty's bucket does", () => {
    const { advance, take } = bucketAt();
    Array.from({ length: 500 }, take);

    // Takes every 100 ms: a refusal leaves the bucket as it was, so the second one finds
    // 200 ms of refill (one token and 2/3); the take keeps no fraction of it.
    const outcomes: boolean[] = [];
    for (let step = 0; step < 6; step += 1) {
      advance(100);
      outcomes.push(take());
    }

    expect(outcomes).toEqual([false, true, false, true, false, true]);
  });

  it('takes a root-field count at once or not at all', () => {
    const { service } = bucketAt();

    expect(service.tryConsume({ key: 'app', cost: 499 })).toBe(true);
    expect(service.tryConsume({ key: 'app', cost: 2 })).toBe(false);
    expect(service.tryConsume({ key: 'app', cost: 1 })).toBe(true);
  });

  it('counts requests per key independently', () => {
    const service = new RateLimitService({
      settings: { limit: 10, windowMs: 1000 },
    });

    service.countRequest(['a', 'app']);
    service.countRequest(['b', 'app']);

    expect(service.requestCount('app')).toBe(2);
    expect(service.requestCount('a')).toBe(1);
    expect(service.requestCount('missing')).toBe(0);
  });
});
