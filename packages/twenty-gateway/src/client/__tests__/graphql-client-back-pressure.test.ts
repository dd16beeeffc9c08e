import { z } from 'zod';

import { type GatewayClock } from '../gateway-clock.type';
import { createGraphqlClient } from '../graphql-client.util';
import {
  computeRateLimitWait,
  readRateLimitBudget,
} from '../rate-limit-wait.util';

const LIMIT_REACHED = {
  errors: [
    {
      message: 'Limit reached (500 tokens per 60000 ms)',
      extensions: { code: 'BAD_USER_INPUT', subCode: 'LIMIT_REACHED' },
    },
  ],
};

// A fake clock: sleeping moves time forward, nothing really waits.
const fakeClock = (random = 0.5) => {
  const sleeps: number[] = [];
  let now = 1_000;
  const clock: GatewayClock = {
    now: () => now,
    sleep: (milliseconds) => {
      sleeps.push(milliseconds);
      now += milliseconds;
      return Promise.resolve();
    },
    random: () => random,
  };
  return { clock, sleeps, elapsed: () => now - 1_000 };
};

// Answers LIMIT_REACHED `refusals` times, then data.
const refusingThen = (refusals: number, status = 200): typeof fetch => {
  let calls = 0;
  return jest.fn(() => {
    calls += 1;
    const body = calls <= refusals ? LIMIT_REACHED : { data: { x: 1 } };
    return Promise.resolve(
      new Response(
        JSON.stringify(calls <= refusals && status === 429 ? {} : body),
        {
          status: calls <= refusals ? status : 200,
        },
      ),
    );
  });
};

const ask = (options: {
  fetch: typeof fetch;
  clock: GatewayClock;
  waitForBudgetUntil?: number;
}) => {
  const client = createGraphqlClient({
    apiUrl: 'http://twenty.test',
    token: 'secret',
    ...options,
  });
  return {
    client,
    result: client.request('{ x }', {}, z.object({ x: z.number() })),
  };
};

describe('back-pressure on the app budget', () => {
  it.each([
    { title: 'LIMIT_REACHED', status: 200 },
    { title: 'HTTP 429', status: 429 },
  ])(
    'waits for the bucket and retries within the run after $title',
    async ({ status }) => {
      const { clock, sleeps } = fakeClock();
      const fetchImplementation = refusingThen(3, status);
      const { client, result } = ask({
        fetch: fetchImplementation,
        clock,
        waitForBudgetUntil: 1_000 + 60_000,
      });

      await expect(result).resolves.toEqual({ success: true, data: { x: 1 } });
      expect(fetchImplementation).toHaveBeenCalledTimes(4);
      expect(sleeps).toHaveLength(3);
      expect(client.waitedMs()).toBe(sleeps.reduce((a, b) => a + b, 0));
    },
  );

  it('gives up with RATE_LIMITED once the next try would start after the deadline', async () => {
    const { clock, elapsed } = fakeClock(0.99);
    const { result } = ask({
      fetch: refusingThen(1_000),
      clock,
      waitForBudgetUntil: 1_000 + 5_000,
    });

    const outcome = await result;
    expect(outcome).toMatchObject({
      success: false,
      error: { code: 'RATE_LIMITED' },
    });
    expect(elapsed()).toBeLessThanOrEqual(5_000);
    expect(elapsed()).toBeGreaterThan(2_000);
  });

  it('returns the refusal at once without a deadline', async () => {
    const { clock, sleeps } = fakeClock();
    const fetchImplementation = refusingThen(1);
    const { result } = ask({ fetch: fetchImplementation, clock });

    await expect(result).resolves.toMatchObject({
      success: false,
      error: { code: 'RATE_LIMITED' },
    });
    expect(sleeps).toEqual([]);
    expect(fetchImplementation).toHaveBeenCalledTimes(1);
  });
});

describe('computeRateLimitWait', () => {
  const budget = { limit: 500, windowMs: 60_000 };

  it.each([
    { attempt: 0, random: 0, wait: 120 },
    { attempt: 0, random: 0.5, wait: 180 },
    { attempt: 3, random: 0.5, wait: 120 + 480 },
    { attempt: 50, random: 0.999, wait: 120 + Math.ceil(0.999 * 120 * 32) },
  ])(
    'waits at least one refill interval, spread by jitter ($attempt, $random)',
    ({ attempt, random, wait }) => {
      expect(computeRateLimitWait({ budget, attempt, random })).toBe(wait);
    },
  );

  it('never waits more than a quarter of the window', () => {
    expect(
      computeRateLimitWait({
        budget: { limit: 2, windowMs: 60_000 },
        attempt: 10,
        random: 0.99,
      }),
    ).toBe(15_000);
  });

  it("reads the bucket from Twenty's message, else Twenty's default", () => {
    expect(
      readRateLimitBudget('Limit reached (100 tokens per 1000 ms)'),
    ).toEqual({ limit: 100, windowMs: 1000 });
    expect(readRateLimitBudget('Too many requests')).toEqual({
      limit: 500,
      windowMs: 60_000,
    });
  });
});
