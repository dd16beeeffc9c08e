import { z } from 'zod';

import { ok, type CandidateFilter, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { buildRootPagesDocument } from '../paging/build-root-pages-document.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import {
  COMPANY_RADAR_KINDS,
  corporateAccountNodeSchema,
  RADAR_COMPANY_SELECTION,
  RADAR_CONFLICT_SELECTION,
  radarCompanyNodeSchema,
  radarConflictNodeSchema,
  radarOpportunityNodeSchema,
  radarTeamMemberNodeSchema,
  type CorporateAccountNode,
  type RadarCompanyNode,
  type RadarConflictNode,
  type RadarOpportunityNode,
  type RadarTeamMemberNode,
} from './company-radar.schema';

export type CompanyRadarLoad = {
  /** The subjects (by id) and every candidate their filters find, each once. */
  companies: RadarCompanyNode[];
  /** The radar's conflicts (any status) that name a subject, or are UNLINKED_AFFILIATE of its family. */
  conflicts: RadarConflictNode[];
  /** Global accounts that list corporate domains (with their name and GAM). */
  corporateAccounts: CorporateAccountNode[];
};

const conflictFilter = ({
  companyIds,
  globalAccountIds,
}: {
  companyIds: readonly string[];
  globalAccountIds: readonly string[];
}) => ({
  and: [
    { kind: { in: [...COMPANY_RADAR_KINDS] } },
    {
      or: [
        ...companyIds.map((id) => ({ dedupeKey: { like: `%${id}%` } })),
        ...(globalAccountIds.length > 0
          ? [
              {
                and: [
                  { kind: { eq: 'UNLINKED_AFFILIATE' } },
                  { globalAccountId: { in: [...globalAccountIds] } },
                ],
              },
            ]
          : []),
      ],
    },
  ],
});

/**
 * ONE request (unless a list runs past 200 rows): the subjects and their candidates through
 * the engine's indexed `eq`/`in` filters (never all companies), the radar conflicts that
 * concern them, and the corporate domains of the global accounts.
 */
export const loadCompanyRadar = async ({
  client,
  subjectIds,
  filters,
  familyIds,
}: {
  client: GraphqlClient;
  subjectIds: readonly string[];
  filters: readonly CandidateFilter[];
  /** The subjects' global accounts: their UNLINKED_AFFILIATE conflicts are loaded too. */
  familyIds: readonly string[];
}): Promise<Result<CompanyRadarLoad, GatewayError>> => {
  const pages = await fetchRootPages({
    client,
    requests: {
      companies: {
        field: 'companies',
        typeName: 'Company',
        filter: {
          or: [
            { id: { in: [...subjectIds] } },
            ...filters.map((filter) => ({
              [filter.field]: { in: filter.in },
            })),
          ],
        },
        selection: RADAR_COMPANY_SELECTION,
        node: radarCompanyNodeSchema,
      },
      conflicts: {
        field: 'conflicts',
        typeName: 'Conflict',
        filter: conflictFilter({
          companyIds: subjectIds,
          globalAccountIds: familyIds,
        }),
        selection: RADAR_CONFLICT_SELECTION,
        node: radarConflictNodeSchema,
      },
      corporateAccounts: {
        field: 'globalAccounts',
        typeName: 'GlobalAccount',
        filter: { corporateDomains: { isEmptyArray: false } },
        selection: 'id name corporateDomains globalAccountManagerId',
        node: corporateAccountNodeSchema,
      },
    },
  });
  return pages;
};

/** Candidates only (a second look when an event's keys were stale): one request. */
export const loadRadarCandidates = async ({
  client,
  filters,
}: {
  client: GraphqlClient;
  filters: readonly CandidateFilter[];
}): Promise<Result<RadarCompanyNode[], GatewayError>> => {
  if (filters.length === 0) return ok([]);
  const pages = await fetchRootPages({
    client,
    requests: {
      companies: {
        field: 'companies',
        typeName: 'Company',
        filter: {
          or: filters.map((filter) => ({ [filter.field]: { in: filter.in } })),
        },
        selection: RADAR_COMPANY_SELECTION,
        node: radarCompanyNodeSchema,
      },
    },
  });
  return pages.success ? ok(pages.data.companies) : pages;
};

/** Conflicts by dedupeKey (the keys a run raises that the first load did not bring). */
export const loadRadarConflictsByKey = async ({
  client,
  dedupeKeys,
}: {
  client: GraphqlClient;
  dedupeKeys: readonly string[];
}): Promise<Result<RadarConflictNode[], GatewayError>> => {
  if (dedupeKeys.length === 0) return ok([]);
  const pages = await fetchRootPages({
    client,
    requests: {
      conflicts: {
        field: 'conflicts',
        typeName: 'Conflict',
        filter: { dedupeKey: { in: [...dedupeKeys] } },
        selection: RADAR_CONFLICT_SELECTION,
        node: radarConflictNodeSchema,
      },
    },
  });
  return pages.success ? ok(pages.data.conflicts) : pages;
};

export type RadarFacts = {
  opportunities: RadarOpportunityNode[];
  team: RadarTeamMemberNode[];
};

/**
 * The facts a conflict shows beyond the company row, read only when something is written:
 * the companies' opportunities (open count, last activity) and the team members who own the
 * companies or serve their families (owning office, assignee). One request per 200 rows.
 */
export const loadRadarFacts = async ({
  client,
  companyIds,
  ownerIds,
  globalAccountIds,
}: {
  client: GraphqlClient;
  companyIds: readonly string[];
  ownerIds: readonly string[];
  globalAccountIds: readonly string[];
}): Promise<Result<RadarFacts, GatewayError>> => {
  const teamAlternatives = [
    ...(ownerIds.length > 0
      ? [{ workspaceMemberId: { in: [...ownerIds] } }]
      : []),
    ...(globalAccountIds.length > 0
      ? [{ globalAccountId: { in: [...globalAccountIds] } }]
      : []),
  ];
  const pages = await fetchRootPages({
    client,
    requests: {
      opportunities: {
        field: 'opportunities',
        typeName: 'Opportunity',
        filter: { companyId: { in: [...companyIds] } },
        selection: 'companyId stage updatedAt',
        node: radarOpportunityNodeSchema,
      },
      team: {
        field: 'accountTeamMembers',
        typeName: 'AccountTeamMember',
        filter:
          teamAlternatives.length === 0
            ? { id: { in: [] } }
            : { or: teamAlternatives },
        selection:
          'globalAccountId workspaceMemberId role countryCode startDate endDate',
        node: radarTeamMemberNodeSchema,
      },
    },
  });
  return pages;
};

const pageSchema = z.object({
  r0: z.object({
    edges: z.array(z.object({ node: radarCompanyNodeSchema })),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable().optional(),
    }),
  }),
});

/** One page (200, by id) of every company: the nightly batch's subjects; `nextCursor` null on the last. */
export const loadRadarCompanyPage = async ({
  client,
  after,
}: {
  client: GraphqlClient;
  after: string | null;
}): Promise<
  Result<
    { companies: RadarCompanyNode[]; nextCursor: string | null },
    GatewayError
  >
> => {
  const { document, variables } = buildRootPagesDocument({
    slots: [
      {
        alias: 'r0',
        after,
        request: {
          field: 'companies',
          typeName: 'Company',
          filter: {},
          selection: RADAR_COMPANY_SELECTION,
          node: radarCompanyNodeSchema,
        },
      },
    ],
  });
  const page = await client.request(document, variables, pageSchema);
  if (!page.success) return page;
  const { edges, pageInfo } = page.data.r0;
  return ok({
    companies: edges.map((edge) => edge.node),
    nextCursor: pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null,
  });
};
