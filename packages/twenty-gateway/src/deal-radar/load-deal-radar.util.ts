import {
  CROSS_REGION_PROSPECT_KIND,
  ok,
  type CandidateFilter,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import {
  corporateDomainsNodeSchema,
  openDealNodeSchema,
  PROSPECT_COMPANY_SELECTION,
  prospectCompanyNodeSchema,
  prospectConflictNodeSchema,
  prospectOpportunityNodeSchema,
  teamMemberNodeSchema,
  type OpenDealNode,
  type ProspectCompanyNode,
  type ProspectConflictNode,
  type ProspectOpportunityNode,
  type TeamMemberNode,
} from './deal-radar.schema';

/**
 * The created deals with their creator (createdBy), owner, company and family, and their
 * CROSS_REGION_PROSPECT conflicts: ONE request for up to 200 deals.
 */
export const loadProspectDeals = async ({
  client,
  opportunityIds,
}: {
  client: GraphqlClient;
  opportunityIds: readonly string[];
}): Promise<
  Result<
    {
      opportunities: ProspectOpportunityNode[];
      conflicts: ProspectConflictNode[];
    },
    GatewayError
  >
> =>
  fetchRootPages({
    client,
    requests: {
      opportunities: {
        field: 'opportunities',
        typeName: 'Opportunity',
        filter: { id: { in: [...opportunityIds] } },
        selection: `id ownerId companyId createdBy { source workspaceMemberId } company { ${PROSPECT_COMPANY_SELECTION} }`,
        node: prospectOpportunityNodeSchema,
      },
      conflicts: {
        field: 'conflicts',
        typeName: 'Conflict',
        filter: {
          and: [
            { opportunityId: { in: [...opportunityIds] } },
            { kind: { eq: CROSS_REGION_PROSPECT_KIND } },
          ],
        },
        selection: 'id dedupeKey status summary evidenceHash opportunityId',
        node: prospectConflictNodeSchema,
      },
    },
  });

/**
 * Companies the conflict-matching engine's indexed filters find (buildCandidateFilters: `eq`/`in`
 * on the match key fields, never a scan), optionally only family members, plus the corporate
 * domains of the global accounts that list some: ONE request.
 */
export const loadCompanyCandidates = async ({
  client,
  filters,
  onlyFamilyMembers,
}: {
  client: GraphqlClient;
  filters: readonly CandidateFilter[];
  onlyFamilyMembers: boolean;
}): Promise<
  Result<
    {
      candidates: ProspectCompanyNode[];
      corporateDomains: { id: string; corporateDomains: string[] }[];
    },
    GatewayError
  >
> => {
  if (filters.length === 0) return ok({ candidates: [], corporateDomains: [] });
  const anyKey = {
    or: filters.map((filter) => ({ [filter.field]: { in: filter.in } })),
  };
  const pages = await fetchRootPages({
    client,
    requests: {
      candidates: {
        field: 'companies',
        typeName: 'Company',
        filter: onlyFamilyMembers
          ? { and: [anyKey, { globalAccountId: { is: 'NOT_NULL' } }] }
          : anyKey,
        selection: PROSPECT_COMPANY_SELECTION,
        node: prospectCompanyNodeSchema,
      },
      corporateDomains: {
        field: 'globalAccounts',
        typeName: 'GlobalAccount',
        filter: { corporateDomains: { isEmptyArray: false } },
        selection: 'id corporateDomains',
        node: corporateDomainsNodeSchema,
      },
    },
  });
  if (!pages.success) return pages;
  return ok({
    candidates: pages.data.candidates,
    corporateDomains: pages.data.corporateDomains.map((account) => ({
      id: account.id,
      corporateDomains: account.corporateDomains ?? [],
    })),
  });
};

/**
 * What a conflict or the prospect check shows beyond the company rows: the companies' deals
 * (open count, last activity) and the teams of their families plus the given people's
 * memberships anywhere (team country, owning office, names): ONE request per 200 rows.
 */
export const loadAccountFacts = async ({
  client,
  companyIds,
  globalAccountIds,
  personIds,
}: {
  client: GraphqlClient;
  companyIds: readonly string[];
  globalAccountIds: readonly string[];
  personIds: readonly string[];
}): Promise<
  Result<{ deals: OpenDealNode[]; team: TeamMemberNode[] }, GatewayError>
> => {
  const teamAlternatives = [
    ...(globalAccountIds.length > 0
      ? [{ globalAccountId: { in: [...globalAccountIds] } }]
      : []),
    ...(personIds.length > 0
      ? [{ workspaceMemberId: { in: [...personIds] } }]
      : []),
  ];
  if (companyIds.length === 0 && teamAlternatives.length === 0)
    return ok({ deals: [], team: [] });
  const pages = await fetchRootPages({
    client,
    requests: {
      deals: {
        field: 'opportunities',
        typeName: 'Opportunity',
        filter: { companyId: { in: [...companyIds] } },
        selection: 'companyId stage updatedAt',
        node: openDealNodeSchema,
      },
      team: {
        field: 'accountTeamMembers',
        typeName: 'AccountTeamMember',
        filter:
          teamAlternatives.length === 0
            ? { id: { in: [] } }
            : { or: teamAlternatives },
        selection:
          'globalAccountId workspaceMemberId role countryCode startDate endDate workspaceMember { name { firstName lastName } }',
        node: teamMemberNodeSchema,
      },
    },
  });
  return pages;
};
