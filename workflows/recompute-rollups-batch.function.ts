import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { RECOMPUTE_ROLLUPS_BATCH_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { rollupBatchJobSchema } from './rollups/rollup-batch-job.schema';
import { runRollups } from './rollups/run-rollups.util';

// The follow-up of a roll-up run too large for one run: it carries the accounts left (STALE meanwhile).
export const handler = async (payload: unknown) => {
  const job = rollupBatchJobSchema.safeParse(payload);
  return job.success
    ? runRollups({ globalAccountIds: job.data.globalAccountIds })
    : { outcome: 'invalid-payload', message: 'not a roll-up batch job' };
};

export default defineLogicFunction({
  universalIdentifier: RECOMPUTE_ROLLUPS_BATCH_UNIVERSAL_IDENTIFIER,
  name: 'recompute-rollups-batch',
  description:
    'Continues a roll-up recomputation with the global accounts the previous run left (marked Stale meanwhile).',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler,
});
