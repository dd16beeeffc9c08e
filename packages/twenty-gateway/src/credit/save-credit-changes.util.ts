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

// Only lastValidCreditPolicy is written, each account under its own alias (an upsert would
// restore a soft-deleted account); the account triggers ignore this field, so no loop.
export const buildSaveLastValidPoliciesMutation = ({
  count,
}: {
  count: number;
}): string => {
  const indexes = Array.from({ length: count }, (_, index) => index);
  const variables = indexes
    .map(
      (index) => `$id${index}: UUID!, $data${index}: GlobalAccountUpdateInput!`,
    )
    .join(', ');
  const fields = indexes
    .map(
      (index) =>
        `  a${index}: updateGlobalAccount(id: $id${index}, data: $data${index}) { id }`,
    )
    .join('\n');
  return `mutation SaveLastValidCreditPolicies(${variables}) {\n${fields}\n}`;
};
// At most 20 root fields per document.
const MAX_ACCOUNTS_PER_WRITE = 20;

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
  const policies = changes.lastValidPolicies ?? [];
  for (
    let start = 0;
    start < policies.length;
    start += MAX_ACCOUNTS_PER_WRITE
  ) {
    const batch = policies.slice(start, start + MAX_ACCOUNTS_PER_WRITE);
    const variables: Record<string, unknown> = {};
    batch.forEach((policy, index) => {
      variables[`id${index}`] = policy.globalAccountId;
      variables[`data${index}`] = { lastValidCreditPolicy: policy.value };
    });
    const written = await client.request(
      buildSaveLastValidPoliciesMutation({ count: batch.length }),
      variables,
      writeResultSchema,
    );
    requests += 1;
    if (!written.success) return written;
  }
  return ok({ requests });
};
