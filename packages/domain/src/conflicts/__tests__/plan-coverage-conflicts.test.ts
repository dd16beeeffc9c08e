import { type TeamMember } from '../../credit-split/team-member.type';
import { planCoverageConflicts } from '../plan-coverage-conflicts.util';

const lam = (
  countryCode: string,
  endDateInclusive: string | null = null,
): TeamMember => ({
  id: `tm-${countryCode}` as never,
  workspaceMemberId: `wm-${countryCode}` as never,
  role: 'LOCAL_ACCOUNT_MANAGER',
  countryCode,
  startDate: '2025-01-01' as never,
  endDateInclusive: endDateInclusive as never,
});

describe('planCoverageConflicts', () => {
  it('raises member countries without an active local account manager and resolves covered flags', () => {
    const plan = planCoverageConflicts({
      globalAccountId: 'ga' as never,
      memberCountries: ['DE', 'US', 'PL', 'US'],
      flaggedCountries: ['DE', 'CN'],
      team: [lam('DE'), lam('PL', '2026-11-26'), lam('CN')],
      today: '2026-11-27' as never,
    });

    expect(plan.raised.map((conflict) => conflict.dedupeKey)).toEqual([
      'UNCOVERED_COUNTRY:ga:PL',
      'UNCOVERED_COUNTRY:ga:US',
    ]);
    expect(plan.resolvedKeys).toEqual([
      'UNCOVERED_COUNTRY:ga:DE',
      'UNCOVERED_COUNTRY:ga:CN',
    ]);
  });

  it('reads member countries as ISO codes and assigns the conflicts to the GAM', () => {
    const plan = planCoverageConflicts({
      globalAccountId: 'ga' as never,
      globalAccountManagerId: 'wm-gam' as never,
      memberCountries: ['de', ' PL ', 'us', 'XX'],
      flaggedCountries: [],
      team: [lam('DE')],
      today: '2026-11-27' as never,
    });

    expect(
      plan.raised.map((conflict) => [conflict.dedupeKey, conflict.assigneeId]),
    ).toEqual([
      ['UNCOVERED_COUNTRY:ga:PL', 'wm-gam'],
      ['UNCOVERED_COUNTRY:ga:US', 'wm-gam'],
    ]);
  });
});
