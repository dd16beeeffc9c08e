import { RECOMPUTATION_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { enqueueFollowUp, pacedRunDeadline } from '../shared/paced-run.util';
import { RECALCULATE_AGREEMENTS_BATCH_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import {
  dataOrThrow,
  runWithAppClient,
  type InvalidConfig,
} from '../shared/run-with-app-client.util';
import { findAgreementFamilies } from '@global-accounts/twenty-gateway';
import { type AgreementBatchJob } from './agreement-batch-job.schema';
import {
  recomputeAgreementsPaced,
  type EnqueueAgreementBatch,
  type PacedAgreementOutcome,
} from './recompute-paced.util';

const enqueueBatch: EnqueueAgreementBatch = enqueueFollowUp<AgreementBatchJob>(
  RECALCULATE_AGREEMENTS_BATCH_UNIVERSAL_IDENTIFIER,
);

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
          runDeadline: pacedRunDeadline(startedAt),
        }),
        'agreement reconciliation',
      );
      return { ...outcome, requests: client.requestCount() };
    },
  });
};
