import {
  computeCreditLedger,
  describeCreditEngineError,
  ok,
  planConflictChanges,
  toIsoDate,
  type CreditConflict,
  type CreditLineFields,
  type CreditLineUpdate,
  type Result,
  type StoredConflict,
} from '@global-accounts/domain';
import {
  loadCreditContexts,
  saveCreditChanges,
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

/**
 * Brings the credit ledger of the given opportunities in line with their current records:
 * load (one request per 200), decide (pure engine), write only the difference.
 */
export const recalculateCredit = async (
  client: GraphqlClient,
  opportunityIds: readonly string[],
  config: AppConfig['credit'],
  now: Date,
): Promise<Result<CreditRunOutcome, GatewayError>> => {
  const loaded = await loadCreditContexts(client, opportunityIds);
  if (!loaded.success) return loaded;
  const creates: CreditLineFields[] = [];
  const updates: CreditLineUpdate[] = [];
  const raised: CreditConflict[] = [];
  const resolvedKeys: string[] = [];
  const stored = new Map<string, StoredConflict>();
  const refused = loaded.data.skipped.filter(
    (skip) => skip.reason !== 'the opportunity no longer exists',
  );
  const today = toIsoDate(now);
  for (const { context, existingConflicts } of loaded.data.loaded) {
    const computed = computeCreditLedger({
      ...context,
      today,
      rates: config.rates,
      settings: config.settings,
    });
    if (!computed.success) {
      refused.push({
        opportunityId: context.opportunity.id,
        reason: describeCreditEngineError(computed.error),
      });
      continue;
    }
    creates.push(...computed.data.diff.creates);
    updates.push(
      ...computed.data.diff.updates,
      ...computed.data.diff.reversals,
    );
    raised.push(...computed.data.conflicts);
    resolvedKeys.push(...computed.data.resolvedConflictKeys);
    existingConflicts.forEach((conflict) => stored.set(conflict.id, conflict));
  }
  const conflicts = planConflictChanges(raised, resolvedKeys, [
    ...stored.values(),
  ]);
  const saved = await saveCreditChanges(
    client,
    { creates, updates, conflicts },
    now,
  );
  if (!saved.success) return saved;
  return ok({
    outcome: saved.data.requests > 0 ? 'written' : 'unchanged',
    opportunities: loaded.data.loaded.length,
    linesWritten: creates.length + updates.length,
    conflictsWritten: conflicts.length,
    refused,
  });
};
