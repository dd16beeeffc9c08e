import {
  toAgreementRecord,
  toFamilyCompany,
  toRebateTierRecord,
  toStoredSettlement,
  toVolumeBucket,
} from '../to-agreement-inputs.util';

const money = (amountMicros: number | null, currencyCode: string | null) => ({
  amountMicros,
  currencyCode,
});

describe('agreement records in domain terms', () => {
  it('reads an agreement: dates as days, codes normalised, unknown selects as null', () => {
    expect(
      toAgreementRecord({
        id: 'fa',
        name: 'Nordlys 2026',
        globalAccountId: 'ga',
        kind: 'GLOBAL_FRAMEWORK',
        status: 'SOMETHING_ELSE',
        startDate: '2026-01-01',
        endDate: 'not a day',
        currency: ' eur ',
        coveredCountries: ['de', ' ', 'PL '],
        agreedDiscountPercent: 12.5,
        retroactive: null,
        priority: null,
        volumeToDate: null,
        rebateToDate: null,
        nextTierThreshold: null,
        gapToNextTier: null,
        offAgreementVolume: null,
        offAgreementVolumeByCountry: null,
        currentRebatePercent: null,
      }),
    ).toEqual({
      id: 'fa',
      globalAccountId: 'ga',
      name: 'Nordlys 2026',
      kind: 'GLOBAL_FRAMEWORK',
      status: null,
      startDate: '2026-01-01',
      endDateInclusive: null,
      currency: 'EUR',
      coveredCountries: ['DE', 'PL'],
      agreedDiscountPercent: 12.5,
      retroactive: false,
      priority: null,
    });
  });

  it.each([
    {
      value: money(5_000_000_000, 'EUR'),
      expected: { amountMicros: 5_000_000_000, currencyCode: 'EUR' },
    },
    { value: money(null, 'EUR'), expected: null },
    { value: money(1, ''), expected: null },
    { value: null, expected: null },
  ])('reads a tier threshold $value as $expected', ({ value, expected }) => {
    expect(
      toRebateTierRecord({
        id: 't',
        frameworkAgreementId: 'fa',
        fromVolume: value,
        rebatePercent: 2,
      }),
    ).toEqual({ fromVolume: expected, rebatePercent: 2 });
  });

  it('reads a settlement; an unknown status is null (the engine treats it as PROVISIONAL)', () => {
    expect(
      toStoredSettlement({
        id: 's',
        frameworkAgreementId: 'fa',
        period: '2026-Q3',
        cumulativeVolume: money(7_000_000_000, 'EUR'),
        rebateAmount: money(140_000_000, 'EUR'),
        settlementAmount: money(-140_000_000, 'EUR'),
        status: 'DRAFT',
      }),
    ).toEqual({
      id: 's',
      period: '2026-Q3',
      cumulativeVolume: { amountMicros: 7_000_000_000, currencyCode: 'EUR' },
      rebateAmount: { amountMicros: 140_000_000, currencyCode: 'EUR' },
      settlementAmount: { amountMicros: -140_000_000, currencyCode: 'EUR' },
      status: null,
    });
  });

  it('reads a family company; a blank country and a date-time since are normalised', () => {
    expect(
      toFamilyCompany({
        id: 'c',
        globalAccountId: 'ga',
        countryCode: ' ',
        globalAccountSince: '2026-07-01T00:00:00.000Z',
      }),
    ).toEqual({ id: 'c', countryCode: null, globalAccountSince: '2026-07-01' });
  });

  it.each([
    {
      title: 'a full row',
      row: ['c', 'fa', 'EUR', '2026-07-15'],
      sum: 3_000_000_000,
      expected: [
        {
          companyId: 'c',
          frameworkAgreementId: 'fa',
          closeDate: '2026-07-15',
          amount: { amountMicros: 3_000_000_000, currencyCode: 'EUR' },
        },
      ],
    },
    {
      title: 'a deal linked to no agreement',
      row: ['c', null, 'PLN', '2026-07-15'],
      sum: 1,
      expected: [
        {
          companyId: 'c',
          frameworkAgreementId: null,
          closeDate: '2026-07-15',
          amount: { amountMicros: 1, currencyCode: 'PLN' },
        },
      ],
    },
    {
      title: 'no amount',
      row: ['c', 'fa', 'EUR', '2026-07-15'],
      sum: null,
      expected: [],
    },
    {
      title: 'no currency',
      row: ['c', 'fa', null, '2026-07-15'],
      sum: 5,
      expected: [],
    },
    {
      title: 'no close date',
      row: ['c', 'fa', 'EUR', null],
      sum: 5,
      expected: [],
    },
    {
      title: 'no company',
      row: [null, 'fa', 'EUR', '2026-07-15'],
      sum: 5,
      expected: [],
    },
  ] as const)(
    'turns a group-by row with $title into volume',
    ({ row, sum, expected }) => {
      expect(
        toVolumeBucket({
          groupByDimensionValues: [...row],
          sumAmountAmountMicros: sum,
        }),
      ).toEqual(expected);
    },
  );
});
