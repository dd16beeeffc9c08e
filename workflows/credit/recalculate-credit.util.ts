import {
  buildInvalidInputConflict,
  computeCreditLedger,
  describeCreditEngineError,
  invalidInputKey,
  ok,
  planConflictChanges,
  resolvePolicyInForce,
  toIsoDate,
  type CreditConflict,
  type CreditLineFields,
  type CreditLineUpdate,
  type GlobalAccountId,
  type OpportunityId,
  type Result,
  type StoredConflict,
  type WorkspaceMemberId,
} from '@global-accounts/domain';
import {
  loadCreditContexts,
  saveCreditChanges,
  type CreditChanges,
  type CreditRefusal,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { type AppConfig } from '../shared/get-app-config.util';

export type CreditRunOutcome = {
  outcome: 'written' | 'unchanged';
  opportunities: number;
  linesWritten: number;
  conflictsWritten: number;
  /** Opportunities left exactly as they were, with the reason a manager can act on. */
  refused: { opportunityId: string; reason: string }[];
};

// A refusal becomes an INVALID_INPUT conflict on its record, assigned to who can fix it.
const refusalConflict = (
  refusal: Omit<CreditRefusal, 'existingConflicts'>,
): CreditConflict[] =>
  refusal.globalAccountId === null
    ? []
    : [
        buildInvalidInputConflict({
          globalAccountId: refusal.globalAccountId as GlobalAccountId,
          opportunityId:
            refusal.level === 'account'
              ? null
              : (refusal.opportunityId as OpportunityId),
          assigneeId: refusal.assigneeId as WorkspaceMemberId | null,
          reason: refusal.reason,
        }),
      ];

/**
 * Brings the credit ledger of the given opportunities in line with their current records:
 * load (root queries), decide (pure engine), write only the difference. Refused inputs show
 * as INVALID_INPUT conflicts, resolved once the input is fixed; conflict writes trigger no
 * credit handler, so this never loops.
 */
export const recalculateCredit = async ({
  client,
  opportunityIds,
  config,
  now,
}: {
  client: GraphqlClient;
  opportunityIds: readonly string[];
  config: AppConfig['credit'];
  now: Date;
}): Promise<Result<CreditRunOutcome, GatewayError>> => {
  const loaded = await loadCreditContexts({ client, opportunityIds });
  if (!loaded.success) return loaded;
  const creates: CreditLineFields[] = [];
  const updates: CreditLineUpdate[] = [];
  const raised: CreditConflict[] = [];
  const resolvedKeys: string[] = [];
  const stored = new Map<string, StoredConflict>();
  const lastValidPolicies = new Map<string, unknown>();
  const refusals: Omit<CreditRefusal, 'existingConflicts'>[] = [
    ...loaded.data.refused,
  ];
  loaded.data.refused.forEach((refusal) =>
    refusal.existingConflicts.forEach((conflict) =>
      stored.set(conflict.id, conflict),
    ),
  );
  const today = toIsoDate(now);
  for (const { context, existingConflicts } of loaded.data.loaded) {
    existingConflicts.forEach((conflict) => stored.set(conflict.id, conflict));
    const account = context.globalAccount;
    const computed = computeCreditLedger({
      ...context,
      today,
      rates: config.rates,
      settings: config.settings,
    });
    if (!computed.success) {
      // An unknown reporting currency is the account's input: shown there, for the GAM.
      const isAccountInput =
        computed.error.code === 'UNKNOWN_CURRENCY' &&
        account !== null &&
        computed.error.currencyCode === account.reportingCurrency;
      const reason = describeCreditEngineError(computed.error);
      refusals.push({
        opportunityId: context.opportunity.id,
        reason: isAccountInput
          ? `globalAccount.reportingCurrency: ${reason}`
          : reason,
        level: isAccountInput ? 'account' : 'opportunity',
        globalAccountId:
          account?.id ?? context.lines[0]?.globalAccountId ?? null,
        assigneeId: isAccountInput
          ? account.globalAccountManagerId
          : (context.opportunity.ownerId ??
            account?.globalAccountManagerId ??
            null),
      });
      continue;
    }
    creates.push(...computed.data.diff.creates);
    updates.push(
      ...computed.data.diff.updates,
      ...computed.data.diff.reversals,
    );
    raised.push(...computed.data.conflicts);
    resolvedKeys.push(
      ...computed.data.resolvedConflictKeys,
      invalidInputKey(context.opportunity.id),
    );
    if (account === null) continue;
    resolvedKeys.push(invalidInputKey(account.id));
    const policy = resolvePolicyInForce({
      creditPolicy: account.creditPolicy,
      lastValidCreditPolicy: account.lastValidCreditPolicy,
    });
    if (policy.lastValidToStore !== undefined)
      lastValidPolicies.set(account.id, policy.lastValidToStore.value);
  }
  refusals.forEach((refusal) => raised.push(...refusalConflict(refusal)));
  const changes: CreditChanges = {
    creates,
    updates,
    conflicts: planConflictChanges(raised, resolvedKeys, [...stored.values()]),
    lastValidPolicies: [...lastValidPolicies].map(
      ([globalAccountId, value]) => ({ globalAccountId, value }),
    ),
  };
  const saved = await saveCreditChanges({ client, changes, now });
  if (!saved.success) return saved;
  return ok({
    outcome: saved.data.requests > 0 ? 'written' : 'unchanged',
    opportunities: loaded.data.loaded.length,
    linesWritten: creates.length + updates.length,
    conflictsWritten: changes.conflicts.length,
    refused: refusals.map(({ opportunityId, reason }) => ({
      opportunityId,
      reason,
    })),
  });
};
