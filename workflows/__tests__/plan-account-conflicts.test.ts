import { planAccountConflicts } from '../credit/plan-account-conflicts.util';

const coverage = (overrides: Record<string, unknown> = {}) => ({
  globalAccountId: 'ga' as never,
  globalAccountManagerId: 'wm-gam' as never,
  creditPolicy: null,
  lastValidCreditPolicy: null,
  companyIds: ['co-1', 'co-2'],
  memberCountries: ['de', 'SE'],
  team: [
    {
      id: 'tm-1' as never,
      workspaceMemberId: 'wm-1' as never,
      role: 'LOCAL_ACCOUNT_MANAGER' as const,
      countryCode: 'DE',
      startDate: null,
      endDateInclusive: null,
    },
  ],
  teamRefusal: undefined,
  accountConflicts: [],
  ...overrides,
});
const NOW = new Date('2026-11-27T10:00:00Z');

describe('planAccountConflicts', () => {
  it.each([
    {
      title: 'a valid stored policy: coverage only, INVALID_POLICY resolved',
      overrides: {},
      raised: ['UNCOVERED_COUNTRY:ga:SE'],
      resolved: ['INVALID_POLICY:ga'],
      store: [],
    },
    {
      title: 'an invalid policy: INVALID_POLICY for the GAM, nothing stored',
      overrides: { creditPolicy: { revenue: [{ role: 'X', percent: 1 }] } },
      raised: ['UNCOVERED_COUNTRY:ga:SE', 'INVALID_POLICY:ga'],
      resolved: [],
      store: [],
    },
    {
      title: 'a new valid policy: stored as the policy in force',
      overrides: {
        creditPolicy: { revenue: [{ role: 'BOOKING_OWNER', percent: 100 }] },
      },
      raised: ['UNCOVERED_COUNTRY:ga:SE'],
      resolved: ['INVALID_POLICY:ga'],
      store: [
        {
          globalAccountId: 'ga',
          value: { revenue: [{ role: 'BOOKING_OWNER', percent: 100 }] },
        },
      ],
    },
    {
      title: 'an unreadable team row: no coverage conclusion at all',
      overrides: { teamRefusal: 'account team member tm-2 startDate: …' },
      raised: [],
      resolved: ['INVALID_POLICY:ga'],
      store: [],
    },
  ])('$title', ({ overrides, raised, resolved, store }) => {
    const plan = planAccountConflicts({
      coverage: coverage(overrides),
      now: NOW,
    });

    expect(plan.raised.map((conflict) => conflict.dedupeKey)).toEqual(raised);
    expect(
      plan.raised.every((conflict) => conflict.assigneeId === 'wm-gam'),
    ).toBe(true);
    expect(plan.resolvedKeys).toEqual(resolved);
    expect(plan.lastValidPolicies).toEqual(store);
  });
});
