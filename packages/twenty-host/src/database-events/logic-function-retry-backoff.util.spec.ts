import { computeLogicFunctionRetryDelay } from './logic-function-retry-backoff.util';

describe('computeLogicFunctionRetryDelay', () => {
  it.each([
    { attemptsMade: 1, random: 0, delay: 500 },
    { attemptsMade: 1, random: 0.999, delay: 999 },
    { attemptsMade: 2, random: 0, delay: 1_000 },
    { attemptsMade: 2, random: 0.5, delay: 1_500 },
    { attemptsMade: 3, random: 0, delay: 2_000 },
    { attemptsMade: 3, random: 0.999, delay: 3_998 },
  ])(
    "waits as BullMQ's exponential backoff with Twenty's 1 s and jitter 0.5 (attempt $attemptsMade, random $random)",
    ({ attemptsMade, random, delay }) => {
      expect(computeLogicFunctionRetryDelay({ attemptsMade, random })).toBe(
        delay,
      );
    },
  );
});
