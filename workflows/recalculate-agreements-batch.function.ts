import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { RECALCULATE_AGREEMENTS_BATCH_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { agreementBatchJobSchema } from './agreements/agreement-batch-job.schema';
import { runAgreementBatch } from './agreements/run-agreement-batch.util';

// The follow-up of a daily run too large for one run: it carries the families left.
export const handler = async (payload: unknown) => {
  const job = agreementBatchJobSchema.safeParse(payload);
  return job.success
    ? runAgreementBatch(job.data.globalAccountIds)
    : { outcome: 'invalid-payload', message: 'not an agreement batch job' };
};

export default defineLogicFunction({
  universalIdentifier: RECALCULATE_AGREEMENTS_BATCH_UNIVERSAL_IDENTIFIER,
  name: 'recalculate-agreements-batch',
  description:
    'Continues the daily agreement reconciliation with the families the previous run left.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler,
});
