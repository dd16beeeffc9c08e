import { ok, type Result } from '@global-accounts/domain';
import {
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { computeContinuationDelay } from '../credit/compute-continuation-delay.util';
import { type AppConfig } from '../shared/get-app-config.util';
import { type AgreementBatchJob } from './agreement-batch-job.schema';
import {
  emptyAgreementOutcome,
  FAMILIES_PER_LOAD,
  recomputeAgreementFamilies,
  type AgreementRunOutcome,
} from './recompute-agreement-families.util';

export type EnqueueAgreementBatch = (
  job: AgreementBatchJob,
  delayMs: number,
) => Promise<void>;

export type PacedAgreementOutcome = AgreementRunOutcome & {
  continued: number;
};

/**
 * Recomputes many families (the daily run), FAMILIES_PER_LOAD at a time, pausing between
 * chunks so that its requests stay within its share of the app's API budget; when its time is
 * up, the families left go to a queued follow-up, delayed by the same rule.
 */
export const recomputeAgreementsPaced = async ({
  client,
  globalAccountIds,
  config,
  now,
  enqueue,
  runDeadline,
  clock = Date.now,
  sleep = (milliseconds) =>
    new Promise((resolve) => setTimeout(resolve, milliseconds)),
}: {
  client: GraphqlClient;
  globalAccountIds: readonly string[];
  config: Pick<AppConfig, 'credit' | 'agreements' | 'fanOut'>;
  now: Date;
  enqueue: EnqueueAgreementBatch;
  /** Until when (epoch ms) the run may go on. */
  runDeadline: number;
  clock?: () => number;
  sleep?: (milliseconds: number) => Promise<void>;
}): Promise<Result<PacedAgreementOutcome, GatewayError>> => {
  const startedAt = clock();
  const tokensBefore = client.tokensUsed();
  const pacedDelay = () =>
    computeContinuationDelay({
      tokens: client.tokensUsed() - tokensBefore,
      elapsedMs: clock() - startedAt,
      appBudget: config.fanOut.appBudget,
      budgetShare: config.fanOut.budgetShare,
    });
  const outcome = emptyAgreementOutcome();
  let longestChunkMs = 0;
  for (
    let start = 0;
    start < globalAccountIds.length;
    start += FAMILIES_PER_LOAD
  ) {
    if (start > 0) {
      const pause = pacedDelay();
      if (clock() + pause + longestChunkMs > runDeadline) {
        await enqueue(
          { globalAccountIds: globalAccountIds.slice(start) },
          pause,
        );
        return ok({ ...outcome, continued: globalAccountIds.length - start });
      }
      if (pause > 0) await sleep(pause);
    }
    const chunkStartedAt = clock();
    const done = await recomputeAgreementFamilies({
      client,
      globalAccountIds: globalAccountIds.slice(
        start,
        start + FAMILIES_PER_LOAD,
      ),
      config,
      now,
      outcome,
    });
    if (!done.success) return done;
    longestChunkMs = Math.max(longestChunkMs, clock() - chunkStartedAt);
  }
  return ok({ ...outcome, continued: 0 });
};
