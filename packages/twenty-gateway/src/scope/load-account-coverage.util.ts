import { z } from 'zod';

import {
  ok,
  type GlobalAccountId,
  type Result,
  type TeamMember,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import {
  conflictNodeSchema,
  type ConflictNode,
} from '../credit/schemas/credit-context.schema';
import { connectionOf } from '../credit/schemas/twenty-values.schema';
import { toTeamMember } from '../credit/to-domain-values.util';

export const LOAD_ACCOUNT_COVERAGE_QUERY = `
query LoadAccountCoverage($globalAccountId: UUID!) {
  globalAccounts(first: 1, filter: { id: { eq: $globalAccountId } }) {
    edges { node {
      id
      companies(first: 200) { edges { node { id countryCode } } }
      teamMembers(first: 200) { edges { node { id workspaceMemberId role countryCode startDate endDate } } }
      conflicts(first: 200, filter: { kind: { eq: UNCOVERED_COUNTRY } }) { edges { node { id dedupeKey status } } }
    } }
  }
}`;

const responseSchema = z.object({
  globalAccounts: connectionOf(
    z.object({
      id: z.string(),
      companies: connectionOf(
        z.object({ id: z.string(), countryCode: z.string().nullable() }),
      ),
      teamMembers: connectionOf(
        z.object({
          id: z.string(),
          workspaceMemberId: z.string().nullable(),
          role: z.string().nullable(),
          countryCode: z.string().nullable(),
          startDate: z.string().nullable(),
          endDate: z.string().nullable(),
        }),
      ),
      conflicts: connectionOf(conflictNodeSchema),
    }),
  ),
});

export type AccountCoverage = {
  globalAccountId: GlobalAccountId;
  companyIds: string[];
  memberCountries: string[];
  team: TeamMember[];
  coverageConflicts: ConflictNode[];
};

/** One request: the account's companies, team and coverage conflicts; undefined when it is gone. */
export const loadAccountCoverage = async (
  client: GraphqlClient,
  globalAccountId: string,
): Promise<Result<AccountCoverage | undefined, GatewayError>> => {
  const response = await client.request(
    LOAD_ACCOUNT_COVERAGE_QUERY,
    { globalAccountId },
    responseSchema,
  );
  if (!response.success) return response;
  const account = response.data.globalAccounts.edges[0]?.node;
  if (account === undefined) return ok(undefined);
  return ok({
    globalAccountId: account.id as GlobalAccountId,
    companyIds: account.companies.edges.map((edge) => edge.node.id),
    memberCountries: account.companies.edges.flatMap((edge) =>
      edge.node.countryCode === null ? [] : [edge.node.countryCode],
    ),
    team: account.teamMembers.edges.flatMap(
      (edge) => toTeamMember(edge.node) ?? [],
    ),
    coverageConflicts: account.conflicts.edges.map((edge) => edge.node),
  });
};
