import {
  planCrossRegionProspectConflicts,
  planParallelImportConflicts,
  toConflictPartyFacts,
  type AgreementRecord,
  type CompanyId,
  type GlobalAccountId,
  type IsoDate,
  type OpportunityId,
  type WorkspaceMemberId,
} from '@global-accounts/domain';

import { DEMO_AGREEMENTS } from '../demo-agreements.seed';
import {
  DEMO_COMPANIES,
  DEMO_GLOBAL_ACCOUNT,
  DEMO_RADAR_DEALS,
  DEMO_TEAM,
  companyId,
  memberId,
} from '../demo-family.seed';

const ACCOUNT = DEMO_GLOBAL_ACCOUNT.id as GlobalAccountId;
const GAM = memberId('gam') as WorkspaceMemberId;
const agreements = DEMO_AGREEMENTS.map(
  (agreement) =>
    ({
      id: agreement.id,
      globalAccountId: ACCOUNT,
      name: agreement.name,
      kind: agreement.kind,
      status: agreement.status,
      startDate: agreement.startDate,
      endDateInclusive: agreement.endDate,
      currency: agreement.currency,
      coveredCountries: agreement.coveredCountries,
      agreedDiscountPercent: agreement.agreedDiscountPercent,
      retroactive: agreement.retroactive,
      priority: agreement.priority,
    }) as unknown as AgreementRecord,
);
const memberships = DEMO_TEAM.map((row) => ({
  globalAccountId: ACCOUNT,
  workspaceMemberId: memberId(row.member),
  role: row.role,
  countryCode: row.country,
}));

// The radar's demo deals raise what the sandbox shows, through the real planners.
describe('conflict radar demo deals', () => {
  const plCompany = DEMO_COMPANIES.find((company) => company.key === 'pl');

  it.each(DEMO_RADAR_DEALS.map((deal) => [deal.name, deal] as const))(
    '%s is a cross-region prospect for the GAM and the PL manager',
    (_name, deal) => {
      const { raised } = planCrossRegionProspectConflicts({
        opportunityId: deal.id as OpportunityId,
        company: {
          id: companyId(deal.company) as CompanyId,
          name: plCompany?.name ?? null,
          countryCode: plCompany?.country ?? null,
        },
        account: {
          globalAccountId: ACCOUNT,
          name: DEMO_GLOBAL_ACCOUNT.name,
          globalAccountManagerId: GAM,
        },
        matched: null,
        createdBy: { source: 'API', workspaceMemberId: null },
        ownerId: memberId(deal.owner) as WorkspaceMemberId,
        memberships,
        workedBy: toConflictPartyFacts({ name: plCompany?.name }),
        names: {},
      });
      expect(raised.map((c) => `${c.severity} ${c.assigneeId}`)).toEqual([
        `WARNING ${GAM}`,
        `WARNING ${memberId('plLam')}`,
        `INFO ${memberId(deal.owner)}`,
      ]);
    },
  );

  it('the PL order booked in DE is a parallel import with a 3-point price gap', () => {
    const deal = DEMO_RADAR_DEALS.find((row) => row.bookingCountry === 'DE');
    if (deal === undefined || plCompany === undefined) throw new Error('seed');
    const { raised } = planParallelImportConflicts({
      opportunityId: deal.id as OpportunityId,
      company: {
        id: companyId('pl') as CompanyId,
        globalAccountId: ACCOUNT,
        countryCode: plCompany.country,
        globalAccountSince: null,
      },
      bookingCountry: deal.bookingCountry,
      shipToCountry: deal.shipToCountry,
      ownerId: memberId(deal.owner) as WorkspaceMemberId,
      globalAccountManagerId: GAM,
      agreements,
      day: deal.closeDate as IsoDate,
      today: '2026-11-30' as IsoDate,
      storedDedupeKeys: [],
    });
    expect(raised).toHaveLength(2);
    expect(raised[0]?.summary).toBe(
      'Parallel import: booked in DE, for a company in PL, shipped to PL. Agree which office serves it. Agreed prices differ by 3 points (PL 12% off list, DE 15% off list): the order is placed where it is cheaper.',
    );
  });
});
