import {
  ok,
  type GlobalAccountId,
  type Result,
  type TeamMember,
  type WorkspaceMemberId,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { type ConflictNode } from '../credit/schemas/credit-context.schema';
import { toTeamMember } from '../credit/to-domain-values.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import { accountCoverageRequests } from './account-coverage.query';

export type AccountCoverage = {
  globalAccountId: GlobalAccountId;
  globalAccountManagerId: WorkspaceMemberId | null;
  creditPolicy: unknown;
  lastValidCreditPolicy: unknown;
  companyIds: string[];
  /** Member countries as stored (the domain reads them as ISO 3166 codes). */
  memberCountries: string[];
  /** The readable team rows; `teamRefusal` says why the team could not be read, if so. */
  team: TeamMember[];
  teamRefusal: string | undefined;
  /** Its UNCOVERED_COUNTRY and INVALID_POLICY conflicts. */
  accountConflicts: ConflictNode[];
};

/**
 * The account, its companies, team and account conflicts, with root queries (one request
 * for up to 200 rows of each list); undefined when the account is gone.
 */
export const loadAccountCoverage = async ({
  client,
  globalAccountId,
}: {
  client: GraphqlClient;
  globalAccountId: string;
}): Promise<Result<AccountCoverage | undefined, GatewayError>> => {
  const pages = await fetchRootPages({
    client,
    requests: accountCoverageRequests({ globalAccountId }),
  });
  if (!pages.success) return pages;
  const account = pages.data.account[0];
  if (account === undefined || account.deletedAt !== null) return ok(undefined);
  const team: TeamMember[] = [];
  let teamRefusal: string | undefined;
  for (const node of pages.data.team) {
    const member = toTeamMember(node);
    if (!member.success) teamRefusal ??= member.error;
    else if (member.data !== undefined) team.push(member.data);
  }
  return ok({
    globalAccountId: account.id as GlobalAccountId,
    globalAccountManagerId:
      account.globalAccountManagerId as WorkspaceMemberId | null,
    creditPolicy: account.creditPolicy ?? null,
    lastValidCreditPolicy: account.lastValidCreditPolicy ?? null,
    companyIds: pages.data.companies.map((company) => company.id),
    memberCountries: pages.data.companies.flatMap((company) =>
      company.countryCode === null || company.countryCode.trim() === ''
        ? []
        : [company.countryCode],
    ),
    team,
    teamRefusal,
    accountConflicts: pages.data.conflicts,
  });
};
