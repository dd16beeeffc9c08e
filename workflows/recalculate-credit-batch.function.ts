import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { RECALCULATE_CREDIT_BATCH_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { fanOutJobSchema } from './credit/fan-out-job.schema';
import {
  runFanOutJobs,
  type FanOutHandlerOutcome,
} from './credit/run-fan-out-handler.util';

// The follow-up of a fan-out too large for one run: it carries its scope and cursor.
export const recalculateCreditBatchHandler = (
  payload: unknown,
): Promise<FanOutHandlerOutcome> => {
  const job = fanOutJobSchema.safeParse(payload);
  return job.success
    ? runFanOutJobs([job.data])
    : Promise.resolve({
        outcome: 'invalid-payload',
        message: 'not a credit recomputation job',
      });
};

export default defineLogicFunction({
  universalIdentifier: RECALCULATE_CREDIT_BATCH_UNIVERSAL_IDENTIFIER,
  name: 'recalculate-credit-batch',
  description:
    'Continues a large credit recomputation from where the previous run stopped.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: recalculateCreditBatchHandler,
});
