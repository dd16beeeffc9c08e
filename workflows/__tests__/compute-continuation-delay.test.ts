import fc from 'fast-check';

import { computeContinuationDelay } from '../credit/compute-continuation-delay.util';

const appBudget = { limit: 500, windowMs: 60_000 };

describe('computeContinuationDelay', () => {
  it.each([
    { tokens: 50, elapsedMs: 0, budgetShare: 0.5, delay: 12_000 },
    { tokens: 50, elapsedMs: 2_000, budgetShare: 0.5, delay: 10_000 },
    { tokens: 50, elapsedMs: 20_000, budgetShare: 0.5, delay: 0 },
    { tokens: 50, elapsedMs: 0, budgetShare: 1, delay: 6_000 },
    { tokens: 0, elapsedMs: 0, budgetShare: 0.5, delay: 0 },
  ])(
    '$tokens tokens in $elapsedMs ms at $budgetShare of the budget wait $delay ms',
    ({ tokens, elapsedMs, budgetShare, delay }) => {
      expect(
        computeContinuationDelay({
          tokens,
          elapsedMs,
          appBudget,
          budgetShare,
        }),
      ).toBe(delay);
    },
  );

  it('keeps any sequence of runs within its share of the budget', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            tokens: fc.integer({ min: 0, max: 2_000 }),
            elapsedMs: fc.integer({ min: 0, max: 300_000 }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        fc.integer({ min: 1, max: 100 }),
        (runs, percent) => {
          const budgetShare = percent / 100;
          let total = 0;
          let tokens = 0;
          for (const run of runs) {
            total +=
              run.elapsedMs +
              computeContinuationDelay({ ...run, appBudget, budgetShare });
            tokens += run.tokens;
          }
          const allowed =
            (total * appBudget.limit * budgetShare) / appBudget.windowMs;
          return tokens <= allowed + 1e-6;
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
