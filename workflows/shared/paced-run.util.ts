import { enqueueJobs } from 'twenty-sdk/logic-function';

import { RECOMPUTATION_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';

/** Share of a recomputation run's time spent paging (and pausing between pages). */
const PACED_SHARE_OF_TIMEOUT = 0.5;

/** Until when (epoch ms) a recomputation run started at `startedAt` may page before it hands over. */
export const pacedRunDeadline = (startedAt: number): number =>
  startedAt + RECOMPUTATION_TIMEOUT_SECONDS * 1000 * PACED_SHARE_OF_TIMEOUT;

/** Queues the follow-up of a paced run: one job for the given logic function, after `delayMs`. */
export const enqueueFollowUp =
  <TJob extends Record<string, unknown>>(
    logicFunctionUniversalIdentifier: string,
  ) =>
  async (job: TJob, delayMs: number): Promise<void> => {
    await enqueueJobs({
      logicFunctionUniversalIdentifier,
      payloads: [job],
      delayMs,
    });
  };
