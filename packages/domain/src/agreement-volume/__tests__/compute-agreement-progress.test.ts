import { computeAgreementProgress } from '../compute-agreement-progress.util';
import {
  bucket,
  buildAgreement,
  buildProgressInput,
  company,
  day,
  EXAMPLE_TIERS,
  period,
  storedSettlement,
  tier,
} from './agreement.builders';

const run = (overrides: Parameters<typeof buildProgressInput>[0] = {}) => {
  const result = computeAgreementProgress(buildProgressInput(overrides));
  if (!result.success) throw new Error(result.error.message);
  return result.data;
};

const settlementMajors = (
  overrides: Parameters<typeof buildProgressInput>[0],
) =>
  run(overrides).settlements.map(
    (entry) => entry.settlementAmount.amountMinor / 100,
  );

// AGREEMENTS.md's worked example, one row per month: monthly volumes 3,000 / 4,000 / 20,000.
const EXAMPLE_BUCKETS = [
  bucket({ closeDate: '2026-01-15', major: 3_000 }),
  bucket({ closeDate: '2026-02-10', major: 4_000 }),
  bucket({ closeDate: '2026-03-20', major: 20_000 }),
];

describe('computeAgreementProgress', () => {
  it.each([
    {
      title: 'month 1: cumulative 3,000, rebate 0, settlement 0',
      index: 0,
      cumulative: 3_000,
      rebate: 0,
      settlement: 0,
    },
    {
      title: 'month 2: cumulative 7,000, rebate 140, settlement 140',
      index: 1,
      cumulative: 7_000,
      rebate: 140,
      settlement: 140,
    },
    {
      title: 'month 3: cumulative 27,000, rebate 1,080, settlement 940',
      index: 2,
      cumulative: 27_000,
      rebate: 1_080,
      settlement: 940,
    },
  ])(
    'settles the AGREEMENTS.md example: $title',
    ({ index, cumulative, rebate, settlement }) => {
      const progress = run({ volumeBuckets: EXAMPLE_BUCKETS });

      const entry = progress.settlements[index];

      expect(entry?.cumulativeVolume.amountMinor).toBe(cumulative * 100);
      expect(entry?.rebateAmount.amountMinor).toBe(rebate * 100);
      expect(entry?.settlementAmount.amountMinor).toBe(settlement * 100);
      expect(entry?.status).toBe('PROVISIONAL');
      expect(entry?.change).toBe('create');
    },
  );

  it('fills every progress field of the example', () => {
    const progress = run({ volumeBuckets: EXAMPLE_BUCKETS.slice(0, 2) });

    expect({
      volumeToDate: progress.volumeToDate.amountMinor,
      rebateToDate: progress.rebateToDate.amountMinor,
      currentRebatePercent: progress.currentRebatePercent,
      currentTierNumber: progress.currentTierNumber,
      nextTierThreshold: progress.nextTierThreshold?.amountMinor,
      gapToNextTier: progress.gapToNextTier?.amountMinor,
      offAgreementVolume: progress.offAgreementVolume.amountMinor,
    }).toEqual({
      volumeToDate: 700_000,
      rebateToDate: 14_000,
      currentRebatePercent: 2,
      currentTierNumber: 2,
      nextTierThreshold: 2_000_000,
      gapToNextTier: 1_300_000,
      offAgreementVolume: 0,
    });
  });

  it('gives no next tier and no gap once the top tier is reached', () => {
    const progress = run({ volumeBuckets: EXAMPLE_BUCKETS });

    expect(progress.currentRebatePercent).toBe(4);
    expect(progress.nextTierThreshold).toBeNull();
    expect(progress.gapToNextTier).toBeNull();
  });

  it('earns each band its own rate when the agreement is not retroactive', () => {
    const agreement = buildAgreement({
      retroactive: false,
      startDate: day('2026-01-01'),
      endDateInclusive: day('2026-03-31'),
    });

    const majors = settlementMajors({
      agreement,
      volumeBuckets: EXAMPLE_BUCKETS,
    });

    // 2% of 2,000 = 40; then 2% of 15,000 + 4% of 7,000 = 580 in total, 540 more.
    expect(majors).toEqual([0, 40, 540]);
  });

  it('claws back when volume falls (a credit note), as a negative settlement', () => {
    const majors = settlementMajors({
      volumeBuckets: [
        bucket({ closeDate: '2026-01-15', major: 7_000 }),
        bucket({ closeDate: '2026-02-10', major: -3_000 }),
      ],
    });

    expect(majors).toEqual([140, -140, 0]);
  });

  it('keeps a FINAL settlement as it is and puts the difference into the next open period', () => {
    const periods = [
      period('2026-01', '2026-01-01', '2026-01-31', 'CLOSED'),
      period('2026-02', '2026-02-01', '2026-02-28'),
      period('2026-03', '2026-03-01', '2026-03-31'),
    ];
    // A late 5,000 deal dated in January, after January was settled FINAL at 0.
    const progress = run({
      periods,
      settlements: [
        storedSettlement('2026-01', 0, 'FINAL', { cumulativeMajor: 3_000 }),
      ],
      volumeBuckets: [
        ...EXAMPLE_BUCKETS,
        bucket({ closeDate: '2026-01-20', major: 5_000 }),
      ],
    });

    expect(
      progress.settlements.map((entry) => [
        entry.period,
        entry.settlementAmount.amountMinor / 100,
        entry.status,
        entry.change,
      ]),
    ).toEqual([
      ['2026-01', 0, 'FINAL', 'unchanged'],
      ['2026-02', 240, 'PROVISIONAL', 'create'],
      ['2026-03', 1_040, 'PROVISIONAL', 'create'],
    ]);
  });

  it('finalises a closed period that has no FINAL settlement yet (period close)', () => {
    const periods = [
      period('2026-01', '2026-01-01', '2026-01-31', 'CLOSED'),
      period('2026-02', '2026-02-01', '2026-02-28'),
      period('2026-03', '2026-03-01', '2026-03-31'),
    ];

    const progress = run({
      periods,
      settlements: [
        storedSettlement('2026-01', 0, 'PROVISIONAL', {
          cumulativeMajor: 3_000,
        }),
      ],
      volumeBuckets: EXAMPLE_BUCKETS,
    });

    expect(progress.settlements[0]).toEqual(
      expect.objectContaining({
        id: 'rs-2026-01',
        status: 'FINAL',
        change: 'update',
      }),
    );
  });

  it('settles a difference after the last closed period in the open period holding today', () => {
    const periods = [
      period('2026-01', '2026-01-01', '2026-01-31', 'CLOSED'),
      period('2026-02', '2026-02-01', '2026-02-28', 'CLOSED'),
      period('2026-03', '2026-03-01', '2026-03-31', 'CLOSED'),
      period('2026-04', '2026-04-01', '2026-04-30'),
    ];

    const progress = run({
      periods,
      today: day('2026-04-10'),
      settlements: [
        storedSettlement('2026-01', 0),
        storedSettlement('2026-02', 140),
        storedSettlement('2026-03', 440),
      ],
      volumeBuckets: EXAMPLE_BUCKETS,
    });

    expect(progress.settlements.at(-1)).toEqual(
      expect.objectContaining({
        period: '2026-04',
        status: 'PROVISIONAL',
        settlementAmount: { amountMinor: 50_000, currency: 'EUR' },
      }),
    );
    expect(progress.unsettledAmount.amountMinor).toBe(0);
  });

  it('leaves an unsettled difference visible when no open period exists', () => {
    const closed = [period('2026-01', '2026-01-01', '2026-03-31', 'CLOSED')];

    const progress = run({
      periods: closed,
      settlements: [storedSettlement('2026-01', 0)],
      volumeBuckets: EXAMPLE_BUCKETS,
    });

    expect(progress.unsettledAmount.amountMinor).toBe(108_000);
  });

  it('falls back to calendar quarters where no credit period is defined', () => {
    const progress = run({ periods: [], volumeBuckets: EXAMPLE_BUCKETS });

    expect(progress.settlements.map((entry) => entry.period)).toEqual([
      '2026-Q1',
    ]);
  });

  it('counts a company only from the day it joined the family', () => {
    const progress = run({
      companies: [company('co-de', 'DE', '2026-02-01')],
      volumeBuckets: [
        bucket({ closeDate: '2026-01-31', major: 9_000 }),
        bucket({ closeDate: '2026-02-01', major: 6_000 }),
      ],
    });

    expect(progress.volumeToDate.amountMinor).toBe(600_000);
  });

  it('counts only covered countries, and every country when none is listed', () => {
    const buckets = [
      bucket({ closeDate: '2026-01-15', major: 1_000 }),
      bucket({ companyId: 'co-us', closeDate: '2026-01-15', major: 2_000 }),
    ];
    const coveringDe = buildAgreement({
      coveredCountries: ['DE'],
      endDateInclusive: day('2026-03-31'),
    });

    expect(run({ volumeBuckets: buckets }).volumeToDate.amountMinor).toBe(
      300_000,
    );
    expect(
      run({ agreement: coveringDe, volumeBuckets: buckets }).volumeToDate
        .amountMinor,
    ).toBe(100_000);
  });

  it('counts only deals closed inside the agreement dates (both ends included)', () => {
    const progress = run({
      volumeBuckets: [
        '2025-12-31',
        '2026-01-01',
        '2026-03-31',
        '2026-04-01',
      ].map((closeDate) => bucket({ closeDate, major: 1_000 })),
    });

    expect(progress.volumeToDate.amountMinor).toBe(200_000);
  });

  it('reports off-agreement volume of covered family companies by country', () => {
    const progress = run({
      volumeBuckets: [
        bucket({ closeDate: '2026-01-15', major: 1_000 }),
        bucket({
          companyId: 'co-pl',
          closeDate: '2026-01-15',
          major: 2_500,
          agreementId: null,
        }),
        bucket({
          companyId: 'co-us',
          closeDate: '2026-02-15',
          major: 500,
          agreementId: 'fa-other' as never,
        }),
      ],
    });

    expect(progress.offAgreementVolume.amountMinor).toBe(300_000);
    expect(
      progress.offAgreementVolumeByCountry.map((entry) => [
        entry.countryCode,
        entry.volume.amountMinor,
      ]),
    ).toEqual([
      ['PL', 250_000],
      ['US', 50_000],
    ]);
  });

  it('converts each currency total once at the explicit rate, never adding currencies unconverted', () => {
    const progress = run({
      rates: [{ fromCurrency: 'EUR', toCurrency: 'PLN', rate: '4' }],
      volumeBuckets: [
        bucket({ closeDate: '2026-01-15', major: 1_000 }),
        bucket({
          companyId: 'co-pl',
          closeDate: '2026-01-16',
          major: 0.02,
          currencyCode: 'PLN',
        }),
        bucket({
          companyId: 'co-pl',
          closeDate: '2026-01-17',
          major: 0.02,
          currencyCode: 'PLN',
        }),
      ],
    });

    // 0.04 PLN = 0.01 EUR (each 0.02 PLN alone would round to 0.01 EUR: 0.02 in total).
    expect(progress.volumeToDate).toEqual({
      amountMinor: 100_001,
      currency: 'EUR',
    });
  });
});

describe('computeAgreementProgress refusals', () => {
  it.each([
    {
      title: 'two tiers with the same threshold',
      input: { tiers: [tier(5_000, 2), tier(5_000, 3)] },
      code: 'DUPLICATE_TIER_THRESHOLD',
      message: 'two tiers start at 5000.00 EUR',
    },
    {
      title: 'a negative percent',
      input: { tiers: [tier(0, -1)] },
      code: 'NEGATIVE_REBATE_PERCENT',
      message: 'negative rebate (-1%)',
    },
    {
      title: 'a percent with more than two decimals',
      input: { tiers: [tier(0, 1.234)] },
      code: 'INVALID_REBATE_PERCENT',
      message: 'at most two decimals',
    },
    {
      title: 'a tier in another currency',
      input: { tiers: [tier(0, 1, 'USD')] },
      code: 'TIER_CURRENCY_MISMATCH',
      message: 'tiers use the agreement currency',
    },
    {
      title: 'an end date before the start date',
      input: {
        agreement: buildAgreement({ endDateInclusive: day('2025-12-31') }),
      },
      code: 'END_BEFORE_START',
      message: 'ends on 2025-12-31, before it starts on 2026-01-01',
    },
    {
      title: 'a missing date',
      input: { agreement: buildAgreement({ startDate: null }) },
      code: 'MISSING_AGREEMENT_DATES',
      message: 'needs a start date and an end date',
    },
    {
      title: 'an unknown agreement currency',
      input: { agreement: buildAgreement({ currency: 'EURO' }) },
      code: 'UNKNOWN_CURRENCY',
      message: '"EURO", which is not an ISO 4217 code',
    },
    {
      title: 'a missing exchange rate',
      input: {
        rates: [{ fromCurrency: 'USD', toCurrency: 'EUR', rate: '0.9' }],
        volumeBuckets: [
          bucket({
            companyId: 'co-pl',
            closeDate: '2026-01-15',
            major: 100,
            currencyCode: 'PLN',
          }),
        ],
      },
      code: 'MISSING_EXCHANGE_RATE',
      message: 'no exchange rate from PLN to EUR',
    },
    {
      title: 'an agreement in a currency no rate reaches',
      input: {
        agreement: buildAgreement({
          currency: 'CHF',
          endDateInclusive: day('2026-03-31'),
        }),
        tiers: [tier(0, 1, 'CHF')],
        rates: [{ fromCurrency: 'PLN', toCurrency: 'EUR', rate: '0.25' }],
        volumeBuckets: [bucket({ closeDate: '2026-01-15', major: 100 })],
      },
      code: 'AGREEMENT_CURRENCY_UNREACHABLE',
      message: 'the agreement is in CHF, which no exchange rate reaches',
    },
    {
      title: 'an invalid rate',
      input: {
        rates: [{ fromCurrency: 'PLN', toCurrency: 'EUR', rate: '-1' }],
      },
      code: 'INVALID_RATE',
      message: 'positive decimal',
    },
    {
      title: 'a stored settlement in another currency',
      input: {
        settlements: [
          {
            ...storedSettlement('2026-01', 0),
            settlementAmount: { amountMicros: 0, currencyCode: 'USD' },
          },
        ],
      },
      code: 'SETTLEMENT_CURRENCY_MISMATCH',
      message: 'not in the agreement currency EUR',
    },
  ])(
    'refuses $title with $code and no partial result',
    ({ input, code, message }) => {
      const result = computeAgreementProgress(
        buildProgressInput({
          volumeBuckets: [bucket({ closeDate: '2026-01-15', major: 100 })],
          ...input,
        }),
      );

      expect(result).toMatchObject({ success: false, error: { code } });
      expect(result.success ? '' : result.error.message).toContain(message);
    },
  );

  it('sorts tiers given out of order instead of refusing them', () => {
    const result = computeAgreementProgress(
      buildProgressInput({
        tiers: [...EXAMPLE_TIERS].reverse(),
        volumeBuckets: [bucket({ closeDate: '2026-01-15', major: 7_000 })],
      }),
    );

    expect(result.success && result.data.rebateToDate.amountMinor).toBe(14_000);
  });
});

describe('computeAgreementProgress with irregular credit periods', () => {
  it('settles a calendar quarter split by a custom credit period once', () => {
    const progress = run({
      agreement: buildAgreement({ endDateInclusive: day('2026-03-31') }),
      periods: [period('Feb-26', '2026-02-01', '2026-02-28')],
      volumeBuckets: EXAMPLE_BUCKETS,
    });

    expect(
      progress.settlements.map((entry) => [
        entry.period,
        entry.settlementAmount.amountMinor / 100,
      ]),
    ).toEqual([
      ['Feb-26', 140],
      ['2026-Q1', 940],
    ]);
  });
});
