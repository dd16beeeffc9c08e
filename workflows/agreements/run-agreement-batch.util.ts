import { enqueueJobs } from 'twenty-sdk/logic-function';

import { RECOMPUTATION_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { RECALCULATE_AGREEMENTS_BATCH_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import {
  dataOrThrow,
  runWithAppClient,
  type InvalidConfig,
} from '../shared/run-with-app-client.util';
import { findAgreementFamilies } from '@global-accounts/twenty-gateway';
import {
  recomputeAgreementsPaced,
  type EnqueueAgreementBatch,
  type PacedAgreementOutcome,
} from './recompute-paced.util';

/** Share of a run's time spent recomputing (and pausing between chunks). */
const PACED_SHARE_OF_TIMEOUT = 0.5;

const enqueueBatch: EnqueueAgreementBatch = async (job, delayMs) => {
  await enqueueJobs({
    logicFunctionUniversalIdentifier:
      RECALCULATE_AGREEMENTS_BATCH_UNIVERSAL_IDENTIFIER,
    payloads: [job],
    delayMs,
  });
};

/**
 * The daily run (every ACTIVE agreement's family, when `globalAccountIds` is absent) or its
 * follow-up (the families left): expiry reminders, tier gaps and repair of dropped events.
 */
export const runAgreementBatch = async (
  globalAccountIds?: readonly string[],
): Promise<PacedAgreementOutcome | InvalidConfig> => {
  const startedAt = Date.now();
  return runWithAppClient({
    timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
    work: async (client, config) => {
      const ids =
        globalAccountIds ??
        dataOrThrow(
          await findAgreementFamilies({ client, lookup: { active: true } }),
          'active agreements lookup',
        );
      const outcome = dataOrThrow(
        await recomputeAgreementsPaced({
          client,
          globalAccountIds: ids,
          config,
          now: new Date(Date.now()),
          enqueue: enqueueBatch,
          runDeadline:
            startedAt +
            RECOMPUTATION_TIMEOUT_SECONDS * 1000 * PACED_SHARE_OF_TIMEOUT,
        }),
        'agreement reconciliation',
      );
      return { ...outcome, requests: client.requestCount() };
    },
  });
};
