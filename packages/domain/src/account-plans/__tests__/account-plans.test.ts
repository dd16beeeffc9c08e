import fc from 'fast-check';

import { type CurrencyCode } from '../../money/currency.util';
import { isPlanReviewOverdue } from '../is-plan-review-overdue.util';
import { measureObjectiveValue } from '../measure-objective-value.util';
import {
  type MeasuredFigures,
  type PlanObjective,
} from '../objective-measure.type';
import { resolveObjectiveStatus } from '../resolve-objective-status.util';

const eur = (amountMinor: number) => ({
  amountMinor,
  currency: 'EUR' as CurrencyCode,
});
const FIGURES: MeasuredFigures = {
  wonRevenueByCountry: [
    { countryCode: 'DE', amount: eur(9_000_000) },
    { countryCode: 'PL', amount: eur(5_850_050) },
  ],
  pipelineByCountry: [
    { countryCode: 'DE', amount: eur(10_000_000) },
    { countryCode: null, amount: eur(1) },
  ],
  newFamilyCompanies: 2,
};
const objective = (overrides: Partial<PlanObjective>): PlanObjective => ({
  measure: 'MANUAL',
  countryCode: null,
  targetValue: 100_000,
  currentValue: null,
  dueDate: '2026-12-31',
  ...overrides,
});

describe('measureObjectiveValue', () => {
  it.each([
    {
      title: 'won revenue in one country, in major units',
      objective: { measure: 'WON_REVENUE_IN_COUNTRY', countryCode: 'pl' },
      expected: 58_500.5,
    },
    {
      title: 'won revenue in a country without deals',
      objective: { measure: 'WON_REVENUE_IN_COUNTRY', countryCode: 'FR' },
      expected: 0,
    },
    {
      title: 'nothing for a country objective without a country',
      objective: { measure: 'WON_REVENUE_IN_COUNTRY' },
      expected: null,
    },
    {
      title: 'the pipeline of the whole family',
      objective: { measure: 'PIPELINE' },
      expected: 100_000.01,
    },
    {
      title: 'the pipeline of one country',
      objective: { measure: 'PIPELINE', countryCode: 'DE' },
      expected: 100_000,
    },
    {
      title: 'new companies in the family',
      objective: { measure: 'NEW_COMPANIES_IN_FAMILY' },
      expected: 2,
    },
    {
      title: 'nothing for a manual objective',
      objective: { measure: 'MANUAL', currentValue: 7 },
      expected: null,
    },
  ] as const)('measures $title', ({ objective: overrides, expected }) => {
    expect(
      measureObjectiveValue({
        objective: objective(overrides),
        figures: FIGURES,
      }),
    ).toBe(expected);
  });
});

describe('resolveObjectiveStatus', () => {
  const base = {
    targetValue: 100,
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    today: '2026-07-02',
  };

  it.each([
    {
      title: 'DONE once the target is reached',
      current: 100,
      today: base.today,
      expected: 'DONE',
    },
    {
      title: 'DONE after the due date too',
      current: 120,
      today: '2027-02-01',
      expected: 'DONE',
    },
    {
      title: 'ON_TRACK at 40 % half-way (line 50 %, tolerance 20 %)',
      current: 40,
      today: base.today,
      expected: 'ON_TRACK',
    },
    {
      title: 'AT_RISK at 39 % half-way',
      current: 39,
      today: base.today,
      expected: 'AT_RISK',
    },
    {
      title: 'AT_RISK once the due date has passed',
      current: 99,
      today: '2027-01-01',
      expected: 'AT_RISK',
    },
    {
      title: 'ON_TRACK on the due date itself when close enough',
      current: 80,
      today: '2026-12-31',
      expected: 'ON_TRACK',
    },
    {
      title: 'ON_TRACK before the plan starts',
      current: 0,
      today: '2025-12-01',
      expected: 'ON_TRACK',
    },
  ])('is $title', ({ current, today, expected }) => {
    expect(
      resolveObjectiveStatus({ ...base, currentValue: current, today }),
    ).toBe(expected);
  });

  it('leaves the status alone without a positive target', () => {
    expect(
      resolveObjectiveStatus({ ...base, targetValue: 0, currentValue: 5 }),
    ).toBeNull();
    expect(
      resolveObjectiveStatus({ ...base, targetValue: null, currentValue: 5 }),
    ).toBeNull();
  });

  it('never turns AT_RISK when the value grows, and is DONE exactly when the target is reached', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat(2_000_000),
        fc.nat(1_000_000),
        fc.integer({ min: -30, max: 400 }),
        (target, current, increase, day) => {
          const today = new Date(Date.UTC(2026, 0, 1 + day))
            .toISOString()
            .slice(0, 10);
          const before = resolveObjectiveStatus({
            ...base,
            targetValue: target,
            currentValue: current,
            today,
          });
          const after = resolveObjectiveStatus({
            ...base,
            targetValue: target,
            currentValue: current + increase,
            today,
          });

          expect(before === 'DONE').toBe(current >= target);
          if (before !== 'AT_RISK') expect(after).not.toBe('AT_RISK');
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('isPlanReviewOverdue', () => {
  const NOW = new Date('2026-11-27T12:00:00.000Z');

  it.each([
    {
      title: 'flags an active plan reviewed 91 days ago',
      status: 'ACTIVE',
      reviewed: '2026-08-28T11:00:00.000Z',
      expected: true,
    },
    {
      title: 'keeps an active plan reviewed exactly 90 days ago',
      status: 'ACTIVE',
      reviewed: '2026-08-29T12:00:00.000Z',
      expected: false,
    },
    {
      title:
        'flags an active plan never reviewed since its creation 100 days ago',
      status: 'ACTIVE',
      reviewed: null,
      expected: true,
    },
    {
      title: 'never flags a draft',
      status: 'DRAFT',
      reviewed: null,
      expected: false,
    },
    {
      title: 'never flags a closed plan',
      status: 'CLOSED',
      reviewed: '2020-01-01T00:00:00.000Z',
      expected: false,
    },
  ] as const)('$title', ({ status, reviewed, expected }) => {
    expect(
      isPlanReviewOverdue({
        status,
        lastReviewedAt: reviewed,
        createdAt: '2026-08-19T00:00:00.000Z',
        now: NOW,
      }),
    ).toBe(expected);
  });
});
