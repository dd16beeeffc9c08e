import { z } from 'zod';

import {
  ok,
  percentToBasisPoints,
  type ExplainedLineInput,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import { type RootPageRequest } from '../paging/root-page-request.type';
import { personNameSchema, toPersonName } from '../schemas/person-name.schema';
import { currencySchema } from './schemas/twenty-values.schema';

/** One deal and its live (not REVERSED) credit lines, with their recipients' names. */
export const creditSplitPageRequests = (opportunityId: string) =>
  ({
    opportunities: {
      field: 'opportunities',
      typeName: 'Opportunity',
      filter: { id: { eq: opportunityId } },
      selection: 'id name',
      node: z.object({ id: z.string(), name: z.string().nullable() }),
    },
    lines: {
      field: 'creditAllocations',
      typeName: 'CreditAllocation',
      filter: {
        opportunityId: { eq: opportunityId },
        status: { neq: 'REVERSED' },
      },
      selection:
        'countryCode creditType percent amount { amountMicros currencyCode } status entryType source reason recipient { name { firstName lastName } }',
      node: z.object({
        countryCode: z.string().nullable(),
        creditType: z.string().nullable(),
        percent: z.number().nullable(),
        amount: currencySchema,
        status: z.string().nullable(),
        entryType: z.string().nullable(),
        source: z.string().nullable(),
        reason: z.string().nullable(),
        recipient: z.object({ name: personNameSchema }).nullable(),
      }),
    },
  }) satisfies Record<string, RootPageRequest>;

export type LoadedCreditSplit = {
  opportunity: { id: string; name: string | null } | null;
  lines: ExplainedLineInput[];
};

/** A deal's credit split as stored: one request (more past 200 lines). */
export const loadCreditSplit = async ({
  client,
  opportunityId,
}: {
  client: GraphqlClient;
  opportunityId: string;
}): Promise<Result<LoadedCreditSplit, GatewayError>> => {
  const pages = await fetchRootPages({
    client,
    requests: creditSplitPageRequests(opportunityId),
  });
  if (!pages.success) return pages;
  return ok({
    opportunity: pages.data.opportunities[0] ?? null,
    lines: pages.data.lines.map((node) => ({
      recipientName: toPersonName(node.recipient?.name),
      countryCode: node.countryCode,
      creditType: node.creditType,
      // A share with more than two decimals is refused where lines are written; shown as 0 here.
      basisPoints:
        node.percent === null ? 0 : (percentToBasisPoints(node.percent) ?? 0),
      amountMicros: BigInt(Math.trunc(node.amount?.amountMicros ?? 0)),
      currency: node.amount?.currencyCode ?? null,
      status: node.status,
      entryType: node.entryType,
      source: node.source,
      reason: node.reason,
    })),
  });
};
