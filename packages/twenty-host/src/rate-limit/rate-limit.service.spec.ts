import { RateLimitService } from './rate-limit.service';

describe('RateLimitService', () => {
  it('refuses the 501st token in one minute and refills at limit / window', () => {
    let now = 0;
    const service = new RateLimitService(
      { limit: 500, windowMs: 60_000 },
      () => now,
    );

    const accepted = Array.from({ length: 500 }, () =>
      service.tryConsume('app', 1),
    ).filter(Boolean).length;
    const refusedAtOnce = service.tryConsume('app', 1);
    now += 120; // 500 / 60 000 ms = one token per 120 ms
    const acceptedAfterRefill = service.tryConsume('app', 1);

    expect(accepted).toBe(500);
    expect(refusedAtOnce).toBe(false);
    expect(acceptedAfterRefill).toBe(true);
    expect(service.limitMessage).toBe(
      'Limit reached (500 tokens per 60000 ms)',
    );
  });

  it('counts requests per key independently', () => {
    const service = new RateLimitService({ limit: 10, windowMs: 1000 });

    service.countRequest(['a', 'app']);
    service.countRequest(['b', 'app']);

    expect(service.requestCount('app')).toBe(2);
    expect(service.requestCount('a')).toBe(1);
    expect(service.requestCount('missing')).toBe(0);
  });
});
