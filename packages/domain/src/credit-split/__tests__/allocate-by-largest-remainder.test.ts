import fc from 'fast-check';

import { allocateByLargestRemainder } from '../allocate-by-largest-remainder.util';

describe('allocateByLargestRemainder', () => {
  it.each([
    {
      title: 'splits 0.03 at 40/30/30 into one cent each',
      amount: 3,
      shares: [4000, 3000, 3000],
      expected: [1, 1, 1],
    },
    {
      title: 'gives the only cent to the first share on equal remainders',
      amount: 1,
      shares: [5000, 2500, 2500],
      expected: [1, 0, 0],
    },
    {
      title: 'gives nothing to a zero share',
      amount: 100,
      shares: [0, 10_000],
      expected: [0, 100],
    },
    {
      title: 'splits 100.00 EUR at 75/25',
      amount: 10_000,
      shares: [7500, 2500],
      expected: [7500, 2500],
    },
    {
      title: 'handles amounts beyond the fast path',
      amount: 9_007_199_254_740_991,
      shares: [3333, 3333, 3334],
      expected: [
        3_002_099_511_605_172, 3_002_099_511_605_172, 3_003_000_231_530_647,
      ],
    },
  ])('$title', ({ amount, shares, expected }) => {
    expect(allocateByLargestRemainder(amount, shares)).toEqual({
      success: true,
      data: expected,
    });
  });

  it.each([
    { title: 'no shares', amount: 1, shares: [], code: 'NO_SHARES' },
    {
      title: 'shares summing to 99.99 %',
      amount: 1,
      shares: [9999],
      code: 'SHARES_NOT_100_PERCENT',
    },
    {
      title: 'a negative share',
      amount: 1,
      shares: [10_001, -1],
      code: 'INVALID_SHARE',
    },
    {
      title: 'a fractional share',
      amount: 1,
      shares: [5000.5, 4999.5],
      code: 'INVALID_SHARE',
    },
    {
      title: 'a negative amount',
      amount: -1,
      shares: [10_000],
      code: 'NEGATIVE_AMOUNT',
    },
    {
      title: 'NaN',
      amount: Number.NaN,
      shares: [10_000],
      code: 'NEGATIVE_AMOUNT',
    },
  ])('refuses $title', ({ amount, shares, code }) => {
    const result = allocateByLargestRemainder(amount, shares);

    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe(code);
  });

  const sharesArbitrary = fc
    .array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 10 })
    .map((weights) => {
      const total = Math.max(
        1,
        weights.reduce((sum, weight) => sum + weight, 0),
      );
      const shares = weights.map((weight) =>
        Math.floor((weight * 10_000) / total),
      );
      shares[0] =
        (shares[0] ?? 0) +
        10_000 -
        shares.reduce((sum, share) => sum + share, 0);
      return shares;
    });

  it('always sums exactly to the amount and never goes negative or below the rounded-down share', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), sharesArbitrary, (amount, shares) => {
        const result = allocateByLargestRemainder(amount, shares);

        expect(result.success).toBe(true);
        if (!result.success) return;
        expect(result.data.reduce((sum, part) => sum + BigInt(part), 0n)).toBe(
          BigInt(amount),
        );
        result.data.forEach((part, index) => {
          const exact = (BigInt(amount) * BigInt(shares[index] ?? 0)) / 10_000n;
          expect(BigInt(part) - exact >= 0n && BigInt(part) - exact <= 1n).toBe(
            true,
          );
        });
      }),
      { numRuns: 10_000 },
    );
  });
});
