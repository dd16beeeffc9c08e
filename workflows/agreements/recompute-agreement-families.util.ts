import { ok, toIsoDate, type Result } from '@global-accounts/domain';
import {
  loadAgreementFamilies,
  saveAgreementChanges,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { type AppConfig } from '../shared/get-app-config.util';
import {
  planAgreementFamily,
  type AgreementPlan,
} from './plan-agreement-family.util';

export type AgreementRunOutcome = {
  outcome: 'written' | 'unchanged';
  families: number;
  agreements: number;
  progressWritten: number;
  settlementsWritten: number;
  conflictsWritten: number;
  requests: number;
  refused: AgreementPlan['refused'];
};

// Families loaded and written together: three requests for all of them in the common case.
export const FAMILIES_PER_LOAD = 10;

export const emptyAgreementOutcome = (): AgreementRunOutcome => ({
  outcome: 'unchanged',
  families: 0,
  agreements: 0,
  progressWritten: 0,
  settlementsWritten: 0,
  conflictsWritten: 0,
  requests: 0,
  refused: [],
});

/**
 * Recomputes every agreement of the given families: load (2 requests), decide (domain), write
 * the difference (1 request, none when nothing changed), FAMILIES_PER_LOAD families at a time.
 */
export const recomputeAgreementFamilies = async ({
  client,
  globalAccountIds,
  config,
  now,
  outcome = emptyAgreementOutcome(),
}: {
  client: GraphqlClient;
  globalAccountIds: readonly string[];
  config: Pick<AppConfig, 'credit' | 'agreements'>;
  now: Date;
  outcome?: AgreementRunOutcome;
}): Promise<Result<AgreementRunOutcome, GatewayError>> => {
  const ids = [...new Set(globalAccountIds)];
  const today = toIsoDate(now);
  for (let start = 0; start < ids.length; start += FAMILIES_PER_LOAD) {
    const before = client.requestCount();
    const loaded = await loadAgreementFamilies({
      client,
      globalAccountIds: ids.slice(start, start + FAMILIES_PER_LOAD),
      wonStages: config.credit.settings.wonStages ?? ['CUSTOMER'],
    });
    if (!loaded.success) return loaded;
    const plan: AgreementPlan = {
      progress: [],
      settlements: [],
      conflicts: [],
      refused: [],
    };
    for (const family of loaded.data.families) {
      const planned = planAgreementFamily({
        family,
        rates: config.credit.rates,
        periods: loaded.data.periods,
        today,
        tierGapThresholdBasisPoints:
          config.agreements.tierGapThresholdBasisPoints,
      });
      plan.progress.push(...planned.progress);
      plan.settlements.push(...planned.settlements);
      plan.conflicts.push(...planned.conflicts);
      plan.refused.push(...planned.refused);
      outcome.families += 1;
      outcome.agreements += family.agreements.length;
    }
    const saved = await saveAgreementChanges({ client, changes: plan, now });
    if (!saved.success) return saved;
    outcome.progressWritten += plan.progress.length;
    outcome.settlementsWritten += plan.settlements.length;
    outcome.conflictsWritten += plan.conflicts.length;
    outcome.refused.push(...plan.refused);
    outcome.requests += client.requestCount() - before;
    if (saved.data.requests > 0) outcome.outcome = 'written';
  }
  return ok(outcome);
};
