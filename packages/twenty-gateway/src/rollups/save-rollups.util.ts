import { z } from 'zod';

import {
  ok,
  toAmountMicros,
  type Money,
  type ObjectiveStatus,
  type Result,
  type RollupStatus,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { MAX_RECORDS_PER_WRITE } from '../credit/save-credit-changes.util';

/** The roll-up fields of a globalAccount (DATA-MODEL.md), written by the app only. */
export type RollupWrite = {
  globalAccountId: string;
  openPipeline: Money | null;
  wonRevenueYtd: Money | null;
  memberCountries: string[];
  uncoveredCountries: string[];
  openConflicts: number;
  rollupStatus: RollupStatus;
  rollupProblem: string;
  rollupCalculatedAt: string;
  ultimateParent: string;
  planReviewOverdue: boolean;
};

export type ObjectiveWrite = {
  id: string;
  currentValue: number;
  status: ObjectiveStatus | null;
};

const toCurrencyInput = (money: Money | null) =>
  money === null
    ? { amountMicros: null, currencyCode: null }
    : { amountMicros: toAmountMicros(money), currencyCode: money.currency };

const toAccountInput = (write: RollupWrite) => ({
  id: write.globalAccountId,
  openPipeline: toCurrencyInput(write.openPipeline),
  wonRevenueYtd: toCurrencyInput(write.wonRevenueYtd),
  memberCountries: write.memberCountries,
  uncoveredCountries: write.uncoveredCountries,
  openConflicts: write.openConflicts,
  rollupStatus: write.rollupStatus,
  rollupProblem: write.rollupProblem,
  rollupCalculatedAt: write.rollupCalculatedAt,
  ultimateParent: write.ultimateParent,
  planReviewOverdue: write.planReviewOverdue,
});

const toObjectiveInput = (write: ObjectiveWrite) => ({
  id: write.id,
  currentValue: write.currentValue,
  ...(write.status === null ? {} : { status: write.status }),
});

const chunk = <TItem>(items: readonly TItem[]): TItem[][] => {
  const chunks: TItem[][] = [];
  for (let start = 0; start < items.length; start += MAX_RECORDS_PER_WRITE)
    chunks.push(items.slice(start, start + MAX_RECORDS_PER_WRITE));
  return chunks;
};

export const buildSaveRollupsDocument = ({
  accounts,
  objectives,
}: {
  accounts: boolean;
  objectives: boolean;
}): string => {
  const declarations = [
    accounts ? '$accounts: [GlobalAccountCreateInput!]!' : '',
    objectives ? '$objectives: [AccountPlanObjectiveCreateInput!]!' : '',
  ].filter((declaration) => declaration !== '');
  const fields = [
    accounts
      ? 'createGlobalAccounts(data: $accounts, upsert: true) { id }'
      : '',
    objectives
      ? 'createAccountPlanObjectives(data: $objectives, upsert: true) { id }'
      : '',
  ].filter((field) => field !== '');
  return `mutation SaveRollups(${declarations.join(', ')}) {\n  ${fields.join('\n  ')}\n}`;
};

/**
 * Writes roll-ups and measured objectives with upserts matched on id (records that exist: the
 * caller loaded them), 100 records of each per request, both lists in one document: one
 * request for up to 100 accounts and 100 objectives, none when there is nothing to write.
 */
export const saveRollups = async ({
  client,
  accounts,
  objectives,
}: {
  client: GraphqlClient;
  accounts: readonly RollupWrite[];
  objectives: readonly ObjectiveWrite[];
}): Promise<Result<{ requests: number }, GatewayError>> => {
  const accountChunks = chunk(accounts.map(toAccountInput));
  const objectiveChunks = chunk(objectives.map(toObjectiveInput));
  const rounds = Math.max(accountChunks.length, objectiveChunks.length);
  for (let round = 0; round < rounds; round += 1) {
    const accountData = accountChunks[round];
    const objectiveData = objectiveChunks[round];
    const written = await client.request(
      buildSaveRollupsDocument({
        accounts: accountData !== undefined,
        objectives: objectiveData !== undefined,
      }),
      {
        ...(accountData === undefined ? {} : { accounts: accountData }),
        ...(objectiveData === undefined ? {} : { objectives: objectiveData }),
      },
      z.object({}).loose(),
    );
    if (!written.success) return written;
  }
  return ok({ requests: rounds });
};

/** Marks accounts STALE (a recompute is queued): one request for any number of accounts. */
export const markRollupsStale = async ({
  client,
  globalAccountIds,
}: {
  client: GraphqlClient;
  globalAccountIds: readonly string[];
}): Promise<Result<{ requests: number }, GatewayError>> => {
  if (globalAccountIds.length === 0) return ok({ requests: 0 });
  const written = await client.request(
    `mutation MarkRollupsStale($filter: GlobalAccountFilterInput!, $data: GlobalAccountUpdateInput!) {
  updateGlobalAccounts(filter: $filter, data: $data) { id }
}`,
    {
      filter: { id: { in: [...globalAccountIds] } },
      data: { rollupStatus: 'STALE' },
    },
    z.object({}).loose(),
  );
  if (!written.success) return written;
  return ok({ requests: 1 });
};
