import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CHECK_DEAL_COMPLIANCE_ON_OPPORTUNITY_RESTORED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

import {
  runComplianceHandler,
  type ComplianceHandlerOutcome,
} from './compliance/run-compliance-handler.util';

export const checkDealComplianceOnOpportunityRestoredHandler = (
  payload: unknown,
): Promise<ComplianceHandlerOutcome> => runComplianceHandler(payload);

export default defineLogicFunction({
  universalIdentifier:
    CHECK_DEAL_COMPLIANCE_ON_OPPORTUNITY_RESTORED_UNIVERSAL_IDENTIFIER,
  name: 'check-deal-compliance-on-opportunity-restored',
  description:
    'Checks a restored deal against its agreements again and raises its agreement conflicts anew.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: checkDealComplianceOnOpportunityRestoredHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.restored',
    batchMode: true,
  },
});
