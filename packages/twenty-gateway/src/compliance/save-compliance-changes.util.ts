import { z } from 'zod';

import {
  ok,
  type EvidenceConflictChange,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { toEvidenceConflictInput } from '../conflicts/to-evidence-conflict-input.util';
import { type GraphqlClient } from '../client/graphql-client.util';
import { MAX_RECORDS_PER_WRITE } from '../credit/save-credit-changes.util';
import { chunk } from '../paging/chunk.util';

export type ComplianceChanges = {
  /** Deals whose agreementStatus differs from the stored one. */
  statuses: readonly { opportunityId: string; status: string }[];
  conflicts: readonly EvidenceConflictChange[];
};

// updateOpportunities writes one value to the deals its filter matches (never a soft-deleted
// one, which an upsert would restore); Twenty refuses one root field twice in a document, so
// each status of a batch goes in its own request, the conflicts riding along.
const buildSaveDocument = ({
  withStatus,
  withConflicts,
}: {
  withStatus: boolean;
  withConflicts: boolean;
}): string => {
  const variables = [
    ...(withStatus
      ? ['$filter: OpportunityFilterInput!', '$data: OpportunityUpdateInput!']
      : []),
    ...(withConflicts ? ['$conflicts: [ConflictCreateInput!]!'] : []),
  ];
  const fields = [
    ...(withStatus
      ? ['  updateOpportunities(filter: $filter, data: $data) { id }']
      : []),
    ...(withConflicts
      ? ['  createConflicts(data: $conflicts, upsert: true) { id }']
      : []),
  ];
  return `mutation SaveDealCompliance(${variables.join(', ')}) {\n${fields.join('\n')}\n}`;
};

const writeResultSchema = z.object({}).loose();

/**
 * Writes the difference only: one request per status and 100 deals, conflicts (created,
 * reopened, refreshed, resolved) in batches of 100 riding along. Nothing to write, no request.
 */
export const saveComplianceChanges = async ({
  client,
  changes,
  now,
}: {
  client: GraphqlClient;
  changes: ComplianceChanges;
  now: Date;
}): Promise<Result<{ requests: number }, GatewayError>> => {
  const idsByStatus = new Map<string, string[]>();
  for (const { opportunityId, status } of changes.statuses)
    idsByStatus.set(status, [
      ...(idsByStatus.get(status) ?? []),
      opportunityId,
    ]);
  const statusWrites = [...idsByStatus].flatMap(([status, ids]) =>
    chunk(ids, MAX_RECORDS_PER_WRITE).map((batch) => ({ status, ids: batch })),
  );
  const conflictWrites = chunk(
    changes.conflicts.map((change) =>
      toEvidenceConflictInput(change, now.toISOString()),
    ),
    MAX_RECORDS_PER_WRITE,
  );
  const requests = Math.max(statusWrites.length, conflictWrites.length);
  for (let index = 0; index < requests; index += 1) {
    const statusWrite = statusWrites[index];
    const conflicts = conflictWrites[index];
    const written = await client.request(
      buildSaveDocument({
        withStatus: statusWrite !== undefined,
        withConflicts: conflicts !== undefined,
      }),
      {
        ...(statusWrite === undefined
          ? {}
          : {
              filter: { id: { in: statusWrite.ids } },
              data: { agreementStatus: statusWrite.status },
            }),
        ...(conflicts === undefined ? {} : { conflicts }),
      },
      writeResultSchema,
    );
    if (!written.success) return written;
  }
  return ok({ requests });
};
