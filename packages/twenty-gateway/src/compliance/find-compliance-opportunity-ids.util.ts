import { z } from 'zod';

import { ok, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { connectionOf } from '../credit/schemas/twenty-values.schema';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import {
  FIND_OPPORTUNITY_IDS_QUERY,
  type OpportunityIdPage,
} from '../scope/find-opportunity-ids.util';

/** The deals an agreement change can re-judge: the family's, and those linked to the agreements. */
export type ComplianceScope = {
  companyIds: readonly string[];
  frameworkAgreementIds: readonly string[];
};

const responseSchema = z.object({
  opportunities: connectionOf(z.object({ id: z.string() })),
});

/** The companies of global accounts (root query, read to its end). */
export const findFamilyCompanyIds = async ({
  client,
  globalAccountIds,
}: {
  client: GraphqlClient;
  globalAccountIds: readonly string[];
}): Promise<Result<string[], GatewayError>> => {
  if (globalAccountIds.length === 0) return ok([]);
  const pages = await fetchRootPages({
    client,
    requests: {
      companies: {
        field: 'companies',
        typeName: 'Company',
        filter: { globalAccountId: { in: globalAccountIds } },
        selection: 'id',
        node: z.object({ id: z.string() }),
      },
    },
  });
  return pages.success
    ? ok(pages.data.companies.map((company) => company.id))
    : pages;
};

/** One page of the scope's opportunity ids in a stable order; `nextCursor` null on the last. */
export const findComplianceOpportunityIds = async ({
  client,
  scope,
  after,
}: {
  client: GraphqlClient;
  scope: ComplianceScope;
  after: string | null;
}): Promise<Result<OpportunityIdPage, GatewayError>> => {
  const alternatives = [
    ...(scope.companyIds.length > 0
      ? [{ companyId: { in: scope.companyIds } }]
      : []),
    ...(scope.frameworkAgreementIds.length > 0
      ? [{ frameworkAgreementId: { in: scope.frameworkAgreementIds } }]
      : []),
  ];
  if (alternatives.length === 0) return ok({ ids: [], nextCursor: null });
  const response = await client.request(
    FIND_OPPORTUNITY_IDS_QUERY,
    { filter: { or: alternatives }, after },
    responseSchema,
  );
  if (!response.success) return response;
  const { edges, pageInfo } = response.data.opportunities;
  return ok({
    ids: edges.map((edge) => edge.node.id),
    nextCursor:
      pageInfo?.hasNextPage === true ? (pageInfo.endCursor ?? null) : null,
  });
};
