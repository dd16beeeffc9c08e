import { formatMoney } from '../../money/micros.util';
import { type GlobalAccountRollupInput } from '../global-account-rollup.type';
import { computeGlobalAccountRollup } from '../compute-global-account-rollup.util';
import { buildRollupInput, group, localManager } from './rollup.builders';

const RATES = [
  { fromCurrency: 'EUR', toCurrency: 'PLN', rate: '4.25' },
  { fromCurrency: 'EUR', toCurrency: 'SEK', rate: '11.5' },
];

type Case = {
  title: string;
  input: Partial<GlobalAccountRollupInput>;
  expected: {
    status: string;
    openPipeline: string | null;
    wonRevenueYtd: string | null;
  };
};

const CASES: Case[] = [
  {
    title:
      'adds open deals into the pipeline and won deals of the year into won revenue',
    input: {
      opportunityGroups: [
        group('PROPOSAL', 'EUR', 'DE', '2026-12', 100_000),
        group('MEETING', 'EUR', 'FR', '2027-02', 0.01),
        group('CUSTOMER', 'EUR', 'PL', '2026-08', 90_000),
      ],
    },
    expected: {
      status: 'OK',
      openPipeline: '100000.01 EUR',
      wonRevenueYtd: '90000.00 EUR',
    },
  },
  {
    title:
      'converts each currency once at the admin rate, using the inverse of a given rate',
    input: {
      rates: RATES,
      opportunityGroups: [
        group('MEETING', 'PLN', 'PL', '2026-12', 420_000),
        group('CUSTOMER', 'SEK', 'SE', '2026-10', 1_200_000),
      ],
    },
    expected: {
      status: 'OK',
      openPipeline: '98823.53 EUR',
      wonRevenueYtd: '104347.83 EUR',
    },
  },
  {
    title:
      'names the missing pair and produces no total when a currency has no rate',
    input: {
      rates: RATES,
      opportunityGroups: [
        group('PROPOSAL', 'EUR', 'DE', '2026-12', 100_000),
        group('PROPOSAL', 'USD', 'US', '2027-02', 250_000),
      ],
    },
    expected: {
      status: 'MISSING_RATE',
      openPipeline: null,
      wonRevenueYtd: null,
    },
  },
  {
    title:
      'leaves out lost deals, won deals of an earlier fiscal year and of a later month',
    input: {
      settings: { fiscalYearStartMonth: 1, lostStages: ['LOST'] },
      opportunityGroups: [
        group('LOST', 'EUR', 'DE', '2026-06', 5_000),
        group('CUSTOMER', 'EUR', 'DE', '2025-12', 7_000),
        group('CUSTOMER', 'EUR', 'DE', '2026-12', 9_000),
        group('CUSTOMER', 'EUR', 'DE', '2026-01', 1_000),
      ],
    },
    expected: {
      status: 'OK',
      openPipeline: '0.00 EUR',
      wonRevenueYtd: '1000.00 EUR',
    },
  },
  {
    title:
      'counts a won deal of March in the fiscal year that started the previous April',
    input: {
      today: '2026-03-15',
      settings: { fiscalYearStartMonth: 4 },
      opportunityGroups: [
        group('CUSTOMER', 'EUR', 'DE', '2025-04', 10),
        group('CUSTOMER', 'EUR', 'DE', '2026-03', 20),
        group('CUSTOMER', 'EUR', 'DE', '2025-03', 40),
      ],
    },
    expected: {
      status: 'OK',
      openPipeline: '0.00 EUR',
      wonRevenueYtd: '30.00 EUR',
    },
  },
  {
    title: 'reports in the account currency, keeping yen without decimals',
    input: {
      globalAccount: { id: 'ga-1' as never, reportingCurrency: 'JPY' },
      rates: [{ fromCurrency: 'EUR', toCurrency: 'JPY', rate: '160.5' }],
      opportunityGroups: [group('PROPOSAL', 'EUR', 'DE', '2026-12', 10.01)],
    },
    expected: {
      status: 'OK',
      openPipeline: '1607 JPY',
      wonRevenueYtd: '0 JPY',
    },
  },
  {
    title: 'falls back to the app default currency when the account names none',
    input: {
      globalAccount: { id: 'ga-1' as never, reportingCurrency: ' ' },
      settings: { fiscalYearStartMonth: 1, defaultReportingCurrency: 'SEK' },
      rates: RATES,
      opportunityGroups: [group('PROPOSAL', 'EUR', 'DE', '2026-12', 100)],
    },
    expected: {
      status: 'OK',
      openPipeline: '1150.00 SEK',
      wonRevenueYtd: '0.00 SEK',
    },
  },
];

const ERROR_CASES: {
  title: string;
  input: Partial<GlobalAccountRollupInput>;
  message: RegExp;
}[] = [
  {
    title: 'an unknown currency in a group',
    input: {
      opportunityGroups: [group('PROPOSAL', 'ABC', 'DE', '2026-12', 1)],
    },
    message: /unknown currency "ABC"/,
  },
  {
    title: 'an unknown reporting currency',
    input: {
      globalAccount: { id: 'ga-1' as never, reportingCurrency: 'EURO' },
    },
    message: /reporting currency "EURO"/,
  },
  {
    title: 'a malformed rate',
    input: {
      rates: [{ fromCurrency: 'EUR', toCurrency: 'PLN', rate: '4,25' }],
    },
    message: /positive decimal/,
  },
  {
    title: 'a fiscal year starting in month 13',
    input: { settings: { fiscalYearStartMonth: 13 } },
    message: /from 1 to 12/,
  },
  {
    title: 'a negative conflict count',
    input: { openConflictCount: -1 },
    message: /must be a count/,
  },
];

describe('computeGlobalAccountRollup', () => {
  it.each(CASES)('$title', ({ input, expected }) => {
    const rollup = computeGlobalAccountRollup(buildRollupInput(input));

    expect({
      status: rollup.rollupStatus,
      openPipeline: rollup.openPipeline && formatMoney(rollup.openPipeline),
      wonRevenueYtd: rollup.wonRevenueYtd && formatMoney(rollup.wonRevenueYtd),
    }).toEqual(expected);
  });

  it.each(ERROR_CASES)('returns ERROR for $title', ({ input, message }) => {
    const rollup = computeGlobalAccountRollup(buildRollupInput(input));

    expect(rollup.rollupStatus).toBe('ERROR');
    expect(rollup.problem?.message).toMatch(message);
    expect(rollup.openPipeline).toBeNull();
  });

  it('shows each currency apart while a rate is missing, naming the pair', () => {
    const rollup = computeGlobalAccountRollup(
      buildRollupInput({
        opportunityGroups: [
          group('PROPOSAL', 'EUR', 'DE', '2026-12', 100),
          group('PROPOSAL', 'USD', 'US', '2026-12', 250),
          group('PROPOSAL', 'USD', 'CN', '2026-12', 50),
        ],
      }),
    );

    expect(rollup.problem).toEqual({
      code: 'MISSING_RATE',
      pairs: [{ fromCurrency: 'USD', toCurrency: 'EUR' }],
      message:
        "No exchange rate for USD→EUR: add it to the app's exchange rates.",
    });
    expect(rollup.openPipelineByCurrency.map(formatMoney)).toEqual([
      '100.00 EUR',
      '300.00 USD',
    ]);
    expect(rollup.pipelineByCountry).toBeNull();
  });

  it('breaks the pipeline down by country so that the countries add up to the total', () => {
    const rollup = computeGlobalAccountRollup(
      buildRollupInput({
        rates: RATES,
        opportunityGroups: [
          group('PROPOSAL', 'EUR', 'PL', '2026-12', 100),
          group('MEETING', 'PLN', 'PL', '2026-12', 1),
          group('MEETING', 'PLN', 'PL', '2027-01', 1),
          group('NEW', 'SEK', null, null, 3),
        ],
      }),
    );

    expect(
      rollup.pipelineByCountry?.map((entry) => [
        entry.countryCode,
        formatMoney(entry.amount),
      ]),
    ).toEqual([
      [null, '0.26 EUR'],
      ['PL', '100.47 EUR'],
    ]);
    expect(rollup.openPipeline && formatMoney(rollup.openPipeline)).toBe(
      '100.73 EUR',
    );
  });

  it('lists member countries once, upper-cased, and the ones no active local manager covers', () => {
    const rollup = computeGlobalAccountRollup(
      buildRollupInput({
        companyCountries: [
          { countryCode: 'se', companyCount: 1 },
          { countryCode: 'DE', companyCount: 2 },
          { countryCode: 'US', companyCount: 1 },
          { countryCode: 'FR', companyCount: 0 },
          { countryCode: null, companyCount: 3 },
          { countryCode: 'PL', companyCount: 1 },
        ],
        team: [
          localManager('SE'),
          localManager('DE'),
          localManager('PL', { endDateInclusive: '2026-11-26' as never }),
          { ...localManager('US'), role: 'SALES_ENGINEER' },
        ],
        openConflictCount: 4,
      }),
    );

    expect(rollup).toMatchObject({
      memberCountries: ['DE', 'PL', 'SE', 'US'],
      uncoveredCountries: ['PL', 'US'],
      openConflicts: 4,
      fiscalYear: {
        year: 2026,
        startDate: '2026-01-01',
        endDateExclusive: '2027-01-01',
      },
    });
  });
});
