import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CHECK_DEAL_COMPLIANCE_BATCH_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { complianceJobSchema } from './compliance/compliance-job.schema';
import {
  runComplianceJobs,
  type ComplianceFanOutHandlerOutcome,
} from './compliance/run-compliance-fan-out.util';

// The follow-up of a re-check too large for one run: it carries its scope and cursor.
export const checkDealComplianceBatchHandler = (
  payload: unknown,
): Promise<ComplianceFanOutHandlerOutcome> => {
  const job = complianceJobSchema.safeParse(payload);
  return job.success
    ? runComplianceJobs([job.data])
    : Promise.resolve({
        outcome: 'invalid-payload',
        message: 'not an agreement re-check job',
      });
};

export default defineLogicFunction({
  universalIdentifier: CHECK_DEAL_COMPLIANCE_BATCH_UNIVERSAL_IDENTIFIER,
  name: 'check-deal-compliance-batch',
  description:
    'Continues a large re-check of deals against their agreements from where the previous run stopped.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: checkDealComplianceBatchHandler,
});
