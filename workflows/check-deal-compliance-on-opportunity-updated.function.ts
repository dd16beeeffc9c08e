import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CHECK_DEAL_COMPLIANCE_ON_OPPORTUNITY_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { OPPORTUNITY_COMPLIANCE_INPUT_FIELDS } from './compliance/opportunity-compliance-trigger.constants';
import {
  runComplianceHandler,
  type ComplianceHandlerOutcome,
} from './compliance/run-compliance-handler.util';

export const checkDealComplianceOnOpportunityUpdatedHandler = (
  payload: unknown,
): Promise<ComplianceHandlerOutcome> => runComplianceHandler(payload);

export default defineLogicFunction({
  universalIdentifier:
    CHECK_DEAL_COMPLIANCE_ON_OPPORTUNITY_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'check-deal-compliance-on-opportunity-updated',
  description:
    'Sets the agreement check of a deal and raises or resolves its agreement conflicts for the GAM and the owner.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: checkDealComplianceOnOpportunityUpdatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.updated',
    updatedFields: OPPORTUNITY_COMPLIANCE_INPUT_FIELDS,
    batchMode: true,
  },
});
