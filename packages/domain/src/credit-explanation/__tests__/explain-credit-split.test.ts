import {
  explainCreditSplit,
  type ExplainedLineInput,
} from '../explain-credit-split.util';

const line = (
  recipientName: string,
  basisPoints: number,
  overrides: Partial<ExplainedLineInput> = {},
): ExplainedLineInput => ({
  recipientName,
  countryCode: 'DE',
  creditType: 'REVENUE',
  basisPoints,
  amountMicros: BigInt(basisPoints) * 1_000_000n,
  currency: 'EUR',
  status: 'PROVISIONAL',
  entryType: 'ORIGINAL',
  source: 'POLICY',
  reason: 'policy: LOCAL_ACCOUNT_MANAGER',
  ...overrides,
});

describe('explainCreditSplit', () => {
  it('lists revenue before overlay, largest share first, and leaves reversed lines out', () => {
    const explained = explainCreditSplit([
      line('Ola', 4_000),
      line('Astrid', 10_000, { creditType: 'OVERLAY' }),
      line('Jonas', 6_000),
      line('Old owner', 6_000, { status: 'REVERSED' }),
    ]);
    expect(
      explained.lines.map((l) => [l.recipient, l.creditType, l.share]),
    ).toEqual([
      ['Jonas', 'REVENUE', '60.00 %'],
      ['Ola', 'REVENUE', '40.00 %'],
      ['Astrid', 'OVERLAY', '100.00 %'],
    ]);
    expect(explained.lines[0]?.amount).toBe('6,000 EUR');
  });

  it.each([
    {
      title: 'whole at 100.00 %',
      shares: [6_000, 4_000],
      total: '100.00 %',
      isWhole: true,
    },
    {
      title: 'short of 100.00 %',
      shares: [6_000, 3_999],
      total: '99.99 %',
      isWhole: false,
    },
  ])('says when a split is $title', ({ shares, total, isWhole }) => {
    const explained = explainCreditSplit(
      shares.map((basisPoints, index) => line(`r${index}`, basisPoints)),
    );
    expect(explained.shares).toEqual([
      { creditType: 'REVENUE', total, isWhole },
    ]);
  });

  it('counts only original lines in the shares: adjustments move amounts, not shares', () => {
    const explained = explainCreditSplit([
      line('Jonas', 10_000),
      line('Jonas', 10_000, {
        entryType: 'ADJUSTMENT',
        amountMicros: -5_000_000n,
      }),
    ]);
    expect(explained.shares[0]?.total).toBe('100.00 %');
    expect(explained.lines.map((l) => l.entryType)).toEqual([
      'ORIGINAL',
      'ADJUSTMENT',
    ]);
  });

  it("names a manager's manual line as set by hand and keeps the engine's reasons", () => {
    const explained = explainCreditSplit([
      line('Ewa', 6_000, { source: 'MANUAL', reason: null }),
      line('Astrid', 4_000, {
        source: 'MANUAL',
        reason: 'moved from the PL office',
      }),
      line('Jonas', 10_000, { creditType: 'OVERLAY' }),
    ]);
    expect(explained.lines.map((l) => l.reason)).toEqual([
      'set by hand by a manager',
      'moved from the PL office',
      'policy: LOCAL_ACCOUNT_MANAGER',
    ]);
  });
});
