import fc from 'fast-check';

import {
  type CockpitCompany,
  type CockpitCreditLine,
} from '../account-cockpit.type';
import { buildAccountCockpit } from '../build-account-cockpit.util';
import { buildFamilyTree } from '../build-family-tree.util';
import { tierProgressPercent } from '../describe-agreement-progress.util';
import { sumCreditByOffice } from '../sum-credit-by-office.util';

const company = (
  id: string,
  countryCode: string | null,
  parentCompanyId: string | null = null,
): CockpitCompany => ({
  id,
  name: `Nordlys ${id}`,
  countryCode,
  parentCompanyId,
});

const line = (
  countryCode: string | null,
  status: string,
  euros: number,
  currency = 'EUR',
): CockpitCreditLine => ({
  countryCode,
  creditType: 'REVENUE',
  status,
  reportingAmountMicros: BigInt(euros) * 1_000_000n,
  reportingCurrency: currency,
});

describe('buildFamilyTree', () => {
  it('lists each top company followed by its subsidiaries, with their depth and coverage', () => {
    const rows = buildFamilyTree({
      companies: [
        company('pl', 'PL', 'se'),
        company('hamburg', 'DE', 'de'),
        company('se', 'SE'),
        company('de', 'DE', 'se'),
        company('no', 'NO', 'outside-the-family'),
      ],
      uncoveredCountries: ['NO'],
    });
    expect(rows.map((row) => [row.id, row.depth, row.covered])).toEqual([
      ['no', 0, false],
      ['se', 0, true],
      ['de', 1, true],
      ['hamburg', 2, true],
      ['pl', 1, true],
    ]);
  });

  it('shows a company on a parent loop once, so the tree always ends', () => {
    const rows = buildFamilyTree({
      companies: [company('a', 'DE', 'b'), company('b', 'PL', 'a')],
      uncoveredCountries: [],
    });
    expect(rows.map((row) => [row.id, row.depth])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('shows every company exactly once, whatever the parent links', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 11 }), {
          minLength: 0,
          maxLength: 12,
        }),
        (parents) => {
          const companies = parents.map((parent, index) =>
            company(`c${index}`, 'DE', parent < 0 ? null : `c${parent}`),
          );
          const ids = buildFamilyTree({
            companies,
            uncoveredCountries: [],
          }).map((row) => row.id);
          expect([...ids].sort()).toEqual(companies.map((c) => c.id).sort());
        },
      ),
    );
  });
});

describe('sumCreditByOffice', () => {
  it.each([
    {
      title: 'leaves out reversed and held lines',
      lines: [
        line('DE', 'CREDITED', 100),
        line('DE', 'REVERSED', 100),
        line('DE', 'HELD', 7),
      ],
      expected: [['DE', 'EUR', 10_000, 0]],
    },
    {
      title: 'leaves out overlay credit',
      lines: [
        line('SE', 'CREDITED', 100),
        { ...line('SE', 'CREDITED', 100), creditType: 'OVERLAY' },
      ],
      expected: [['SE', 'EUR', 10_000, 0]],
    },
    {
      title: 'keeps won credit apart from provisional credit',
      lines: [line('PL', 'CREDITED', 60), line('PL', 'PROVISIONAL', 40)],
      expected: [['PL', 'EUR', 6_000, 4_000]],
    },
    {
      title: 'never adds two currencies',
      lines: [line('SE', 'CREDITED', 10), line('SE', 'CREDITED', 10, 'SEK')],
      expected: [
        ['SE', 'EUR', 1_000, 0],
        ['SE', 'SEK', 1_000, 0],
      ],
    },
    {
      title: 'puts the largest office first',
      lines: [line('DE', 'CREDITED', 1), line('PL', 'PROVISIONAL', 5)],
      expected: [
        ['PL', 'EUR', 0, 500],
        ['DE', 'EUR', 100, 0],
      ],
    },
  ])('$title', ({ lines, expected }) => {
    expect(
      sumCreditByOffice(lines).map((row) => [
        row.countryCode,
        row.currency,
        row.creditedMinor,
        row.provisionalMinor,
      ]),
    ).toEqual(expected);
  });

  it('adds up exactly to the credited and provisional lines, cent for cent', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            country: fc.constantFrom('DE', 'PL', 'SE'),
            status: fc.constantFrom(
              'CREDITED',
              'PROVISIONAL',
              'REVERSED',
              'HELD',
            ),
            cents: fc.integer({ min: -1_000_000, max: 1_000_000 }),
          }),
        ),
        (entries) => {
          const rows = sumCreditByOffice(
            entries.map((entry) => ({
              countryCode: entry.country,
              creditType: 'REVENUE',
              status: entry.status,
              reportingAmountMicros: BigInt(entry.cents) * 10_000n,
              reportingCurrency: 'EUR',
            })),
          );
          const expected = (status: string) =>
            entries
              .filter((entry) => entry.status === status)
              .reduce((sum, entry) => sum + entry.cents, 0);
          expect(rows.reduce((sum, row) => sum + row.creditedMinor, 0)).toBe(
            expected('CREDITED'),
          );
          expect(rows.reduce((sum, row) => sum + row.provisionalMinor, 0)).toBe(
            expected('PROVISIONAL'),
          );
        },
      ),
    );
  });
});

describe('tierProgressPercent', () => {
  it.each([
    [null, 100n, 0],
    [50n, 100n, 50],
    [999n, 1_000n, 99],
    [250n, 100n, 100],
    [50n, null, null],
    [50n, 0n, null],
  ])('volume %p of threshold %p is %p%%', (volume, threshold, expected) => {
    expect(tierProgressPercent(volume, threshold)).toBe(expected);
  });
});

describe('buildAccountCockpit', () => {
  const cockpit = buildAccountCockpit({
    account: { id: 'ga', name: 'Nordlys', ultimateParent: 'Nordlys AB (SE)' },
    rollup: {
      rollupStatus: 'OK',
      problem: null,
      reportingCurrency: 'EUR',
      pipelineByCountry: [
        {
          countryCode: 'PL',
          amount: { amountMinor: 1_250_000, currency: 'EUR' as never },
        },
      ],
      wonRevenueByCountry: [
        {
          countryCode: 'DE',
          amount: { amountMinor: 500_000, currency: 'EUR' as never },
        },
        {
          countryCode: 'PL',
          amount: { amountMinor: 100, currency: 'EUR' as never },
        },
      ],
      memberCountries: ['DE', 'PL'],
      uncoveredCountries: ['PL'],
    },
    companies: [company('de', 'DE'), company('pl', 'PL', 'de')],
    creditLines: [line('DE', 'CREDITED', 5_000)],
    agreements: [
      {
        name: 'Frame 2026',
        status: 'ACTIVE',
        currency: 'EUR',
        volumeToDateMicros: 300_000_000_000n,
        nextTierThresholdMicros: 400_000_000_000n,
        currentRebatePercent: 2,
      },
    ],
    conflicts: [
      {
        kind: 'UNCOVERED_COUNTRY',
        severity: 'WARNING',
        summary: 'PL',
        assigneeName: null,
      },
      {
        kind: 'DUPLICATE_COMPANY',
        severity: 'CRITICAL',
        summary: 'dup',
        assigneeName: 'Ola',
      },
      {
        kind: 'DUPLICATE_COMPANY',
        severity: 'CRITICAL',
        summary: 'dup',
        assigneeName: 'Ewa',
      },
    ],
    activity: [
      {
        kind: 'TASK',
        title: 'old',
        companyId: 'de',
        at: '2026-01-01T00:00:00.000Z',
      },
      {
        kind: 'NOTE',
        title: 'new',
        companyId: 'pl',
        at: '2026-03-01T00:00:00.000Z',
      },
      {
        kind: 'OPPORTUNITY',
        title: 'middle',
        companyId: null,
        at: '2026-02-01T00:00:00.000Z',
      },
    ],
    activityLimit: 2,
  });

  it('shows pipeline and won revenue side by side per country', () => {
    expect(cockpit.byCountry).toEqual([
      { countryCode: 'DE', pipeline: null, won: '5,000 EUR' },
      { countryCode: 'PL', pipeline: '12,500 EUR', won: '1 EUR' },
    ]);
  });

  it('shows each cause once with its assignees, most severe first, and the newest activity first, within the limit', () => {
    expect(cockpit.conflicts.map((c) => [c.kind, c.assignees])).toEqual([
      ['DUPLICATE_COMPANY', ['Ewa', 'Ola']],
      ['UNCOVERED_COUNTRY', []],
    ]);
    expect(cockpit.recentActivity.map((a) => [a.title, a.companyName])).toEqual(
      [
        ['new', 'Nordlys pl'],
        ['middle', null],
      ],
    );
  });

  it('marks the uncovered country in the tree and gives the tier progress', () => {
    expect(cockpit.familyTree.map((row) => [row.id, row.covered])).toEqual([
      ['de', true],
      ['pl', false],
    ]);
    expect(cockpit.agreements[0]).toMatchObject({
      volumeToDate: '300,000 EUR',
      nextTierThreshold: '400,000 EUR',
      progressPercent: 75,
    });
    expect(cockpit.creditByOffice[0]?.credited).toBe('5,000 EUR');
  });
});
