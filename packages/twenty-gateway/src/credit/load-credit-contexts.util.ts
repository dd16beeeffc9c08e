import {
  invalidInputKey,
  missingOwnerKey,
  ok,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import {
  accountPageRequests,
  deletedOpportunityLinesPageRequest,
  MAX_OPPORTUNITIES_PER_LOAD,
  opportunityPageRequests,
} from './credit-context.query';
import {
  type ConflictNode,
  type CreditLineNode,
  type OpportunityNode,
} from './schemas/credit-context.schema';
import {
  toCreditContext,
  type LoadedCreditContext,
} from './to-credit-context.util';
import { groupBy } from './group-by.util';
import { toAccountTeams } from './to-account-teams.util';
import { toCreditPeriods } from './to-credit-periods.util';
import { type TeamMemberNode } from './schemas/credit-context.schema';

/** An opportunity whose credit is left unchanged, with the reason a person can act on. */
export type CreditRefusal = {
  opportunityId: string;
  reason: string;
  /** 'account': the account's own records (its team) are unreadable; shown on the account. */
  level: 'opportunity' | 'account';
  globalAccountId: string | null;
  /** Who should fix it: the opportunity owner, or the GAM for an account-level refusal. */
  assigneeId: string | null;
  /** The stored conflicts of the opportunity and its account (to raise each refusal once). */
  existingConflicts: ConflictNode[];
};

export type LoadedCreditContexts = {
  loaded: LoadedCreditContext[];
  refused: CreditRefusal[];
  /** Opportunities that no longer exist (destroyed): nothing to do. */
  missing: string[];
};

// A line belongs to its opportunityId, or (when Twenty nulled it) to the id its entryKey starts with.
const lineOwner = (line: CreditLineNode): string =>
  line.opportunityId ?? line.entryKey?.split(':')[0] ?? '';

const accountIdOf = (node: OpportunityNode): string | null => {
  const account = node.company?.globalAccount ?? null;
  return account !== null && account.deletedAt === null ? account.id : null;
};

const loadBatch = async (
  client: GraphqlClient,
  ids: readonly string[],
  result: LoadedCreditContexts,
): Promise<Result<void, GatewayError>> => {
  const first = await fetchRootPages({
    client,
    requests: opportunityPageRequests({ opportunityIds: ids }),
  });
  if (!first.success) return first;
  const { opportunities, lines, opportunityConflicts, periods } = first.data;
  const accountIds = [
    ...new Set(opportunities.flatMap((node) => accountIdOf(node) ?? [])),
  ];
  const deletedIds = opportunities
    .filter((node) => node.deletedAt !== null)
    .map((node) => node.id);
  const second = await fetchRootPages({
    client,
    requests: {
      ...(accountIds.length > 0
        ? accountPageRequests({ globalAccountIds: accountIds })
        : {}),
      ...(deletedIds.length > 0
        ? {
            deletedLines: deletedOpportunityLinesPageRequest({
              deletedOpportunityIds: deletedIds,
            }),
          }
        : {}),
    },
  });
  if (!second.success) return second;
  const extra = second.data as {
    team?: TeamMemberNode[];
    accountConflicts?: ConflictNode[];
    deletedLines?: CreditLineNode[];
  };
  const seenLines = new Set(lines.map((line) => line.id));
  const allLines = [
    ...lines,
    ...(extra.deletedLines ?? []).filter((line) => !seenLines.has(line.id)),
  ];
  const linesByOpportunity = groupBy(allLines, lineOwner);
  const conflictsByKey = new Map(
    opportunityConflicts.map((conflict) => [conflict.dedupeKey, conflict]),
  );
  const accountConflicts = groupBy(
    extra.accountConflicts ?? [],
    (conflict) => conflict.globalAccountId ?? '',
  );
  const teams = toAccountTeams(extra.team ?? []);
  const parsedPeriods = toCreditPeriods(periods);
  const found = new Set<string>();
  for (const node of opportunities) {
    found.add(node.id);
    const accountId = accountIdOf(node);
    const gamId = node.company?.globalAccount?.globalAccountManagerId ?? null;
    const team = accountId === null ? ok([]) : (teams.get(accountId) ?? ok([]));
    const ownConflicts = [
      missingOwnerKey(node.id as never),
      invalidInputKey(node.id),
    ].flatMap((key) => conflictsByKey.get(key) ?? []);
    const existingConflicts = [
      ...ownConflicts,
      ...(accountId === null ? [] : (accountConflicts.get(accountId) ?? [])),
    ];
    const refuse = (reason: string, level: CreditRefusal['level']) =>
      result.refused.push({
        opportunityId: node.id,
        reason,
        level,
        globalAccountId: accountId,
        assigneeId: level === 'account' ? gamId : (node.ownerId ?? gamId),
        existingConflicts,
      });
    if (!team.success) {
      refuse(team.error, 'account');
      continue;
    }
    if (!parsedPeriods.success) {
      refuse(parsedPeriods.error, 'opportunity');
      continue;
    }
    const context = toCreditContext({
      node,
      lineNodes: linesByOpportunity.get(node.id) ?? [],
      team: team.data,
      periods: parsedPeriods.data,
      existingConflicts,
    });
    if (context.success) result.loaded.push(context.data);
    else refuse(context.error, 'opportunity');
  }
  result.missing.push(...ids.filter((id) => !found.has(id)));
  return ok(undefined);
};

/**
 * Loads the credit contexts of opportunities, 200 at a time, with root queries only: two
 * requests per 200 opportunities in the common case, one more per further 200 rows of a list.
 */
export const loadCreditContexts = async ({
  client,
  opportunityIds,
}: {
  client: GraphqlClient;
  opportunityIds: readonly string[];
}): Promise<Result<LoadedCreditContexts, GatewayError>> => {
  const result: LoadedCreditContexts = { loaded: [], refused: [], missing: [] };
  const unique = [...new Set(opportunityIds)];
  for (
    let start = 0;
    start < unique.length;
    start += MAX_OPPORTUNITIES_PER_LOAD
  ) {
    const batch = await loadBatch(
      client,
      unique.slice(start, start + MAX_OPPORTUNITIES_PER_LOAD),
      result,
    );
    if (!batch.success) return batch;
  }
  return ok(result);
};
