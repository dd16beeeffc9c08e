import { ok, type Result } from '@global-accounts/domain';
import {
  markRollupsStale,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { computeContinuationDelay } from '../credit/compute-continuation-delay.util';
import { type AppConfig } from '../shared/get-app-config.util';
import { type RollupConfig } from './build-rollup-writes.util';
import { type RollupBatchJob } from './rollup-batch-job.schema';
import {
  emptyRollupOutcome,
  recomputeRollups,
  ROLLUP_ACCOUNTS_PER_LOAD,
  type RollupRunOutcome,
} from './recompute-rollups.util';

export type EnqueueRollupBatch = (
  job: RollupBatchJob,
  delayMs: number,
) => Promise<void>;

export type PacedRollupOutcome = RollupRunOutcome & {
  /** Accounts handed to a queued follow-up (marked STALE meanwhile). */
  continued: number;
};

/**
 * Recomputes many accounts (the nightly run or a follow-up), ROLLUP_ACCOUNTS_PER_LOAD at a
 * time, pausing between chunks so that its requests stay within its share of the app's API
 * budget. When its time is up, or after `maxAccounts`, the accounts left are marked STALE (one
 * request) and go to a queued follow-up, delayed by the same pacing rule.
 */
export const recomputeRollupsPaced = async ({
  client,
  globalAccountIds,
  config,
  now,
  enqueue,
  runDeadline,
  maxAccounts = Number.POSITIVE_INFINITY,
  clock = Date.now,
  sleep = (milliseconds) =>
    new Promise((resolve) => setTimeout(resolve, milliseconds)),
}: {
  client: GraphqlClient;
  globalAccountIds: readonly string[];
  config: RollupConfig & Pick<AppConfig, 'fanOut'>;
  now: Date;
  enqueue: EnqueueRollupBatch;
  runDeadline: number;
  maxAccounts?: number;
  clock?: () => number;
  sleep?: (milliseconds: number) => Promise<void>;
}): Promise<Result<PacedRollupOutcome, GatewayError>> => {
  const ids = [...new Set(globalAccountIds)];
  const startedAt = clock();
  const tokensBefore = client.tokensUsed();
  const pacedDelay = () =>
    computeContinuationDelay({
      tokens: client.tokensUsed() - tokensBefore,
      elapsedMs: clock() - startedAt,
      appBudget: config.fanOut.appBudget,
      budgetShare: config.fanOut.budgetShare,
    });
  const outcome = emptyRollupOutcome();
  const chunkSize = Math.max(
    1,
    Math.min(ROLLUP_ACCOUNTS_PER_LOAD, maxAccounts),
  );
  let longestChunkMs = 0;
  for (let start = 0; start < ids.length; start += chunkSize) {
    if (start > 0) {
      const pause = pacedDelay();
      if (
        start >= maxAccounts ||
        clock() + pause + longestChunkMs > runDeadline
      ) {
        const left = ids.slice(start);
        const marked = await markRollupsStale({
          client,
          globalAccountIds: left,
        });
        if (!marked.success) return marked;
        await enqueue({ globalAccountIds: left }, pause);
        return ok({ ...outcome, continued: left.length });
      }
      if (pause > 0) await sleep(pause);
    }
    const chunkStartedAt = clock();
    const done = await recomputeRollups({
      client,
      globalAccountIds: ids.slice(start, start + chunkSize),
      config,
      now,
      outcome,
    });
    if (!done.success) return done;
    longestChunkMs = Math.max(longestChunkMs, clock() - chunkStartedAt);
  }
  return ok({ ...outcome, continued: 0 });
};
