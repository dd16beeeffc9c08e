import { z } from 'zod';

import {
  basisPointsToPercent,
  ok,
  toAmountMicros,
  type ConflictChange,
  type CreditLineFields,
  type CreditLineUpdate,
  type Money,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';

// Twenty's per-mutation cap (MUTATION_MAXIMUM_AFFECTED_RECORDS) is 100 records.
export const MAX_RECORDS_PER_WRITE = 100;

export type CreditChanges = {
  creates: readonly CreditLineFields[];
  /** Updates and reversals: both rewrite a stored line by id. */
  updates: readonly CreditLineUpdate[];
  conflicts: readonly ConflictChange[];
  /** globalAccount.lastValidCreditPolicy to store (the policy in force while the account's is invalid). */
  lastValidPolicies?: readonly { globalAccountId: string; value: unknown }[];
};

export const SAVE_LINES_MUTATION = `
mutation SaveCreditLines($lines: [CreditAllocationCreateInput!]!) {
  createCreditAllocations(data: $lines, upsert: true) { id }
}`;

export const SAVE_LINES_AND_CONFLICTS_MUTATION = `
mutation SaveCreditLinesAndConflicts($lines: [CreditAllocationCreateInput!]!, $conflicts: [ConflictCreateInput!]!) {
  createCreditAllocations(data: $lines, upsert: true) { id }
  createConflicts(data: $conflicts, upsert: true) { id }
}`;

export const SAVE_CONFLICTS_MUTATION = `
mutation SaveConflicts($conflicts: [ConflictCreateInput!]!) {
  createConflicts(data: $conflicts, upsert: true) { id }
}`;

// Only lastValidCreditPolicy is written (an upsert would restore a soft-deleted account); the
// account triggers ignore this field, so no loop. One account per request: Twenty refuses a
// document naming updateGlobalAccount twice, aliases or not ("Duplicate root resolver").
export const SAVE_LAST_VALID_POLICY_MUTATION = `
mutation SaveLastValidCreditPolicy($id: UUID!, $data: GlobalAccountUpdateInput!) {
  updateGlobalAccount(id: $id, data: $data) { id }
}`;

const toCurrencyInput = (money: Money | null) =>
  money === null
    ? { amountMicros: null, currencyCode: null }
    : { amountMicros: toAmountMicros(money), currencyCode: money.currency };

const toLineInput = (line: CreditLineFields, id?: string) => ({
  ...(id === undefined
    ? {
        name: `${line.creditType} ${basisPointsToPercent(line.basisPoints).toFixed(2)}% ${line.period}`,
      }
    : { id }),
  opportunityId: line.opportunityId,
  globalAccountId: line.globalAccountId,
  recipientId: line.recipientId,
  countryCode: line.countryCode,
  creditType: line.creditType,
  percent: basisPointsToPercent(line.basisPoints),
  amount: toCurrencyInput(line.amount),
  reportingAmount: toCurrencyInput(line.reportingAmount),
  period: line.period,
  entryType: line.entryType,
  status: line.status,
  source: line.source,
  reason: line.reason,
  entryKey: line.entryKey,
});

const toConflictInput = (change: ConflictChange, now: string) => {
  if (change.kind === 'resolve')
    return { id: change.id, status: 'RESOLVED', resolvedAt: now };
  const { conflict } = change;
  if (change.kind === 'refresh')
    return {
      id: change.id,
      name: conflict.summary.slice(0, 120),
      countries: conflict.countries,
      summary: conflict.summary,
      assigneeId: conflict.assigneeId,
    };
  return {
    ...(change.kind === 'reopen' ? { id: change.id } : {}),
    name: conflict.summary.slice(0, 120),
    kind: conflict.kind,
    severity: conflict.severity,
    status: 'OPEN',
    globalAccountId: conflict.globalAccountId,
    opportunityId: conflict.opportunityId,
    countries: conflict.countries,
    summary: conflict.summary,
    assigneeId: conflict.assigneeId,
    dedupeKey: conflict.dedupeKey,
    detectedAt: now,
    resolvedAt: null,
  };
};

const writeResultSchema = z.object({}).loose();

/**
 * Writes the difference only: lines as upserts (new ones keyed by entryKey, changed ones by id)
 * in batches of 100, conflicts in the first request. Nothing to write means no request.
 */
export const saveCreditChanges = async ({
  client,
  changes,
  now,
}: {
  client: GraphqlClient;
  changes: CreditChanges;
  now: Date;
}): Promise<Result<{ requests: number }, GatewayError>> => {
  const lines = [
    ...changes.creates.map((line) => toLineInput(line)),
    ...changes.updates.map((update) => toLineInput(update.fields, update.id)),
  ];
  const conflicts = changes.conflicts.map((change) =>
    toConflictInput(change, now.toISOString()),
  );
  let requests = 0;
  for (
    let start = 0;
    start < lines.length || (start === 0 && conflicts.length > 0);
    start += MAX_RECORDS_PER_WRITE
  ) {
    const batch = lines.slice(start, start + MAX_RECORDS_PER_WRITE);
    const withConflicts = start === 0 && conflicts.length > 0;
    const document =
      batch.length === 0
        ? SAVE_CONFLICTS_MUTATION
        : withConflicts
          ? SAVE_LINES_AND_CONFLICTS_MUTATION
          : SAVE_LINES_MUTATION;
    const written = await client.request(
      document,
      { lines: batch, conflicts },
      writeResultSchema,
    );
    requests += 1;
    if (!written.success) return written;
  }
  for (const policy of changes.lastValidPolicies ?? []) {
    const written = await client.request(
      SAVE_LAST_VALID_POLICY_MUTATION,
      {
        id: policy.globalAccountId,
        data: { lastValidCreditPolicy: policy.value },
      },
      writeResultSchema,
    );
    requests += 1;
    if (!written.success) return written;
  }
  return ok({ requests });
};
