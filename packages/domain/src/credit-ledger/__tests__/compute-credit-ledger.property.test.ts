import fc from 'fast-check';

import { type TeamMember } from '../../credit-split/team-member.type';
import {
  getCurrencyExponent,
  type CurrencyCode,
} from '../../money/currency.util';
import { type WorkspaceMemberId } from '../../shared/ids.type';
import { computeCreditLedger } from '../compute-credit-ledger.util';
import { type CreditLedgerInput } from '../credit-ledger-input.type';
import { type CreditLine } from '../credit-line.type';
import {
  buildCreditInput,
  buildTeamMember,
  period,
  runCreditEngine,
} from './credit-ledger.builders';

const RUNS = { numRuns: 10_000 };
const COUNTRIES = ['DE', 'PL', 'FR', 'US', 'SE'];
const CURRENCIES = ['EUR', 'JPY', 'BHD', 'SEK'];
const PERSON_IDS = [
  'wm-a',
  'wm-b',
  'wm-c',
  'wm-d',
  'wm-e',
  'wm-f',
] as WorkspaceMemberId[];
const PERIODS = [
  period('2026-Q1', '2026-01-01', '2026-03-31'),
  period('2026-Q2', '2026-04-01', '2026-06-30'),
  period('2026-Q3', '2026-07-01', '2026-09-30'),
  period('2026-Q4', '2026-10-01', '2026-12-31'),
];

const teamArbitrary = fc
  .array(
    fc.record({
      workspaceMemberId: fc.constantFrom(...PERSON_IDS),
      role: fc.constantFrom(
        'LOCAL_ACCOUNT_MANAGER' as const,
        'GLOBAL_ACCOUNT_MANAGER' as const,
        'SALES_ENGINEER' as const,
      ),
      countryCode: fc.constantFrom(...COUNTRIES),
      startDate: fc.constantFrom('2025-01-01', '2026-05-01'),
    }),
    { maxLength: 6 },
  )
  .map((members): TeamMember[] =>
    members.map((member, index) =>
      buildTeamMember({
        ...member,
        id: `tm-${index}` as never,
        startDate: member.startDate as never,
      }),
    ),
  );

const revenuePolicyArbitrary = fc
  .array(
    fc.record({
      role: fc.constantFrom(
        'BOOKING_OWNER',
        'SOLD_TO_LAM',
        'SHIP_TO_LAM',
        'GAM',
        'SALES_ENGINEER',
      ),
      weight: fc.integer({ min: 0, max: 100 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((entries) => {
    // Scale integer weights to basis points that sum to exactly 10000; the first entry takes the rest.
    const total = Math.max(
      1,
      entries.reduce((sum, entry) => sum + entry.weight, 0),
    );
    const basisPoints = entries.map((entry) =>
      Math.floor((entry.weight * 10_000) / total),
    );
    basisPoints[0] =
      (basisPoints[0] ?? 0) +
      10_000 -
      basisPoints.reduce((sum, value) => sum + value, 0);
    return {
      revenue: entries.map((entry, index) => ({
        role: entry.role,
        percent: (basisPoints[index] ?? 0) / 100,
      })),
      overlay: [{ role: 'GAM', percent: 100 }],
    };
  });

const dealArbitrary = fc.record({
  team: teamArbitrary,
  policy: fc.option(revenuePolicyArbitrary, { nil: null }),
  currency: fc.constantFrom(...CURRENCIES),
  amountMicros: fc.integer({ min: 0, max: 9_000_000_000_000_000 }),
  ownerId: fc.constantFrom(...PERSON_IDS, 'wm-outsider' as WorkspaceMemberId),
  companyCountry: fc.constantFrom(...COUNTRIES),
  shipToCountry: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
  stage: fc.constantFrom('PROPOSAL', 'CUSTOMER', 'LOST'),
  closeMonth: fc.integer({ min: 1, max: 12 }),
});

type Deal =
  typeof dealArbitrary extends fc.Arbitrary<infer TDeal> ? TDeal : never;

const toInput = (deal: Deal): CreditLedgerInput =>
  buildCreditInput({
    opportunity: {
      amount: { amountMicros: deal.amountMicros, currencyCode: deal.currency },
      ownerId: deal.ownerId,
      shipToCountry: deal.shipToCountry,
      stage: deal.stage,
      closeDate: `2026-${String(deal.closeMonth).padStart(2, '0')}-15`,
    },
    company: { countryCode: deal.companyCountry },
    globalAccount: { creditPolicy: deal.policy, globalAccountManagerId: null },
    team: deal.team,
    periods: PERIODS,
    today: '2026-02-10',
    settings: { lostStages: ['LOST'] },
  });

// Fisher-Yates driven by a small linear congruential generator: a reproducible permutation per seed.
const permute = <TItem>(items: readonly TItem[], seed: number): TItem[] => {
  const result = [...items];
  let state = seed;
  for (let index = result.length - 1; index > 0; index -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const other = state % (index + 1);
    [result[index], result[other]] = [
      result[other] as TItem,
      result[index] as TItem,
    ];
  }
  return result;
};

const counted = (
  lines: readonly CreditLine[],
  creditType: 'REVENUE' | 'OVERLAY',
  status: string,
): number =>
  lines
    .filter((line) => line.creditType === creditType && line.status === status)
    .reduce((sum, line) => sum + line.amount.amountMinor, 0);

const minorUnits = (deal: Deal): number => {
  const step = 10 ** (6 - getCurrencyExponent(deal.currency as CurrencyCode));
  return Math.round(deal.amountMicros / step);
};

describe('computeCreditLedger properties', () => {
  it('revenue lines sum exactly to the amount, in every currency, and none is negative', () => {
    fc.assert(
      fc.property(dealArbitrary, (deal) => {
        const input = toInput({ ...deal, stage: 'PROPOSAL' });
        const lines = runCreditEngine(input);

        expect(counted(lines, 'REVENUE', 'PROVISIONAL')).toBe(minorUnits(deal));
        expect(lines.every((line) => line.amount.amountMinor >= 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives the same lines whatever the order of the team and of the policy entries', () => {
    fc.assert(
      fc.property(dealArbitrary, fc.nat(), (deal, seed) => {
        const input = toInput(deal);
        const reordered = toInput({
          ...deal,
          team: permute(deal.team, seed),
          policy: deal.policy && {
            ...deal.policy,
            revenue: permute(deal.policy.revenue, seed + 1),
          },
        });
        const byKey = (lines: readonly CreditLine[]) =>
          lines
            .map(({ id: _id, ...fields }) => fields)
            .sort((left, right) =>
              String(left.entryKey).localeCompare(String(right.entryKey)),
            );

        expect(byKey(runCreditEngine(reordered))).toEqual(
          byKey(runCreditEngine(input)),
        );
      }),
      RUNS,
    );
  });

  it('writes nothing when the same input is applied a second time', () => {
    fc.assert(
      fc.property(dealArbitrary, (deal) => {
        const input = toInput(deal);
        const lines = runCreditEngine(input);

        const again = computeCreditLedger({ ...input, lines });

        expect(again.success && again.data.diff).toEqual({
          creates: [],
          updates: [],
          reversals: [],
        });
      }),
      RUNS,
    );
  });

  it('never changes a closed-period line and keeps credited totals equal to the deal', () => {
    fc.assert(
      fc.property(
        dealArbitrary,
        dealArbitrary,
        fc.integer({ min: 0, max: 3 }),
        (first, second, closedCount) => {
          const before = toInput({ ...first, stage: 'CUSTOMER' });
          const ledger = runCreditEngine(before);
          const periods = PERIODS.map((entry, index) =>
            index < closedCount
              ? { ...entry, state: 'CLOSED' as const }
              : entry,
          );
          const closed = new Set(
            periods
              .filter((entry) => entry.state === 'CLOSED')
              .map((entry) => entry.name),
          );
          const after = {
            ...toInput({
              ...second,
              team: first.team,
              currency: first.currency,
            }),
            lines: ledger,
            periods,
            today: '2026-12-01',
          };

          const outcome = computeCreditLedger(after);
          expect(outcome.success).toBe(true);
          if (!outcome.success) return;
          const { creates, updates, reversals } = outcome.data.diff;
          const touched = new Set(
            [...updates, ...reversals].map((update) => update.id),
          );

          expect(
            ledger
              .filter((line) => closed.has(line.period))
              .some((line) => touched.has(line.id)),
          ).toBe(false);
          expect(creates.some((line) => closed.has(line.period))).toBe(false);
          const final = runCreditEngine(after);
          const expected =
            second.stage === 'CUSTOMER'
              ? minorUnits({ ...second, currency: first.currency })
              : 0;
          const sameCurrency = final.filter(
            (line) => line.amount.currency === first.currency,
          );
          expect(counted(sameCurrency, 'REVENUE', 'CREDITED')).toBe(expected);
        },
      ),
      RUNS,
    );
  });
});
