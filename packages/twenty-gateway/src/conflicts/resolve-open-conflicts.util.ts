import { z } from 'zod';

import { ok, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';

export const RESOLVE_OPEN_CONFLICTS_MUTATION = `
mutation ResolveOpenConflicts($filter: ConflictFilterInput!, $data: ConflictUpdateInput!) {
  updateConflicts(filter: $filter, data: $data) { id }
}`;

const resolvedSchema = z.object({
  updateConflicts: z.array(z.object({ id: z.string() })),
});

/**
 * Resolves, in one request, the open or acknowledged conflicts of records that are gone (a
 * deleted deal or agreement): those the filter names, matched by kind or by dedupeKey.
 */
export const resolveOpenConflicts = async ({
  client,
  on,
  kinds,
  dedupeKeys = [],
  now,
  reason,
}: {
  client: GraphqlClient;
  /** The records the conflicts concern (for agreements: their own conflicts, not their deals'). */
  on:
    | { opportunityIds: readonly string[] }
    | { frameworkAgreementIds: readonly string[] }
    /** The company radar's conflicts name their companies in the dedupeKey (either side of a duplicate). */
    | { companyIds: readonly string[] };
  kinds: readonly string[];
  dedupeKeys?: readonly string[];
  now: Date;
  /** conflict.resolutionReason: why the app resolved it. */
  reason?: string;
}): Promise<Result<{ resolved: number }, GatewayError>> => {
  const concerning =
    'companyIds' in on
      ? [
          {
            or: on.companyIds.map((id) => ({ dedupeKey: { like: `%${id}%` } })),
          },
        ]
      : 'opportunityIds' in on
        ? [{ opportunityId: { in: on.opportunityIds } }]
        : [
            { frameworkAgreementId: { in: on.frameworkAgreementIds } },
            { opportunityId: { is: 'NULL' } },
          ];
  const matching = [
    { kind: { in: kinds } },
    ...(dedupeKeys.length > 0 ? [{ dedupeKey: { in: dedupeKeys } }] : []),
  ];
  const answer = await client.request(
    RESOLVE_OPEN_CONFLICTS_MUTATION,
    {
      filter: {
        and: [
          ...concerning,
          { status: { in: ['OPEN', 'ACKNOWLEDGED'] } },
          { or: matching },
        ],
      },
      data: {
        status: 'RESOLVED',
        resolvedAt: now.toISOString(),
        ...(reason === undefined ? {} : { resolutionReason: reason }),
      },
    },
    resolvedSchema,
  );
  if (!answer.success) return answer;
  return ok({ resolved: answer.data.updateConflicts.length });
};
