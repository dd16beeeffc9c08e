import { z } from 'zod';

import { ok, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { connectionOf } from '../credit/schemas/twenty-values.schema';

export const OPPORTUNITY_PAGE_SIZE = 200;

export type OpportunityScope = {
  /** Only opportunities of these companies; all opportunities when omitted. */
  companyIds?: readonly string[];
  /** Leave out these stages (won and lost deals are not recomputed by a fan-out). */
  excludedStages?: readonly string[];
  /** Include soft-deleted opportunities (the reconciliation repairs their lines too). */
  withDeleted?: boolean;
};

export const FIND_OPPORTUNITY_IDS_QUERY = `
query FindOpportunityIds($filter: OpportunityFilterInput, $after: String) {
  opportunities(first: ${OPPORTUNITY_PAGE_SIZE}, after: $after, filter: $filter, orderBy: [{ id: AscNullsFirst }]) {
    edges { node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const responseSchema = z.object({
  opportunities: connectionOf(z.object({ id: z.string() })),
});

const toFilter = (scope: OpportunityScope): Record<string, unknown> => {
  const conditions: Record<string, unknown>[] = [];
  if (scope.companyIds !== undefined)
    conditions.push({ companyId: { in: scope.companyIds } });
  if (scope.excludedStages !== undefined && scope.excludedStages.length > 0)
    conditions.push({ not: { stage: { in: scope.excludedStages } } });
  if (scope.withDeleted === true)
    conditions.push({
      or: [{ deletedAt: { is: 'NULL' } }, { deletedAt: { is: 'NOT_NULL' } }],
    });
  return { and: conditions };
};

export type OpportunityIdPage = { ids: string[]; nextCursor: string | null };

/** One page of opportunity ids in a stable order; `nextCursor` is null on the last page. */
export const findOpportunityIds = async ({
  client,
  scope,
  after,
}: {
  client: GraphqlClient;
  scope: OpportunityScope;
  after: string | null;
}): Promise<Result<OpportunityIdPage, GatewayError>> => {
  if (scope.companyIds !== undefined && scope.companyIds.length === 0)
    return ok({ ids: [], nextCursor: null });
  const response = await client.request(
    FIND_OPPORTUNITY_IDS_QUERY,
    { filter: toFilter(scope), after },
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
