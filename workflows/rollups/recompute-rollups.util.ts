import { ok, type Result } from '@global-accounts/domain';
import {
  isTooManyRollupGroups,
  loadRollupContexts,
  saveRollups,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import {
  buildRollupWrites,
  type RollupConfig,
} from './build-rollup-writes.util';

/** Accounts loaded and written together: two reads and one write for all of them. */
export const ROLLUP_ACCOUNTS_PER_LOAD = 50;

export type RollupRunOutcome = {
  accounts: number;
  objectives: number;
  /** Accounts per status. */
  statuses: Record<string, number>;
};

export const emptyRollupOutcome = (): RollupRunOutcome => ({
  accounts: 0,
  objectives: 0,
  statuses: {},
});

/**
 * Recomputes the roll-ups of up to ROLLUP_ACCOUNTS_PER_LOAD accounts: (1) accounts, companies,
 * team, plans and open-conflict counts, (2) objectives and grouped opportunity amounts,
 * (3) one upsert of the accounts' fields and changed objectives. Three requests in all,
 * whatever the number of deals (plus one per further 200 listed rows or 100 written records).
 */
export const recomputeRollups = async ({
  client,
  globalAccountIds,
  config,
  now,
  outcome = emptyRollupOutcome(),
}: {
  client: GraphqlClient;
  globalAccountIds: readonly string[];
  config: RollupConfig;
  now: Date;
  outcome?: RollupRunOutcome;
}): Promise<Result<RollupRunOutcome, GatewayError>> => {
  const contexts = await loadRollupContexts({ client, globalAccountIds });
  if (!contexts.success) {
    // More groups than Twenty answers at once: the two halves separately.
    if (isTooManyRollupGroups(contexts.error) && globalAccountIds.length > 1) {
      const middle = Math.ceil(globalAccountIds.length / 2);
      const first = await recomputeRollups({
        client,
        globalAccountIds: globalAccountIds.slice(0, middle),
        config,
        now,
        outcome,
      });
      if (!first.success) return first;
      return recomputeRollups({
        client,
        globalAccountIds: globalAccountIds.slice(middle),
        config,
        now,
        outcome,
      });
    }
    return contexts;
  }
  const built = contexts.data.map((context) =>
    buildRollupWrites({ context, config, now }),
  );
  const saved = await saveRollups({
    client,
    accounts: built.map((entry) => entry.account),
    objectives: built.flatMap((entry) => entry.objectives),
  });
  if (!saved.success) return saved;
  for (const entry of built) {
    outcome.accounts += 1;
    outcome.objectives += entry.objectives.length;
    outcome.statuses[entry.account.rollupStatus] =
      (outcome.statuses[entry.account.rollupStatus] ?? 0) + 1;
  }
  return ok(outcome);
};
