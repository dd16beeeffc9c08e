import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CHECK_DEAL_COMPLIANCE_ON_OPPORTUNITY_CREATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

import {
  runComplianceHandler,
  type ComplianceHandlerOutcome,
} from './compliance/run-compliance-handler.util';
import {
  crossRegionProspectStep,
  type CrossRegionProspectStepOutcome,
} from './conflict-radar/cross-region-prospect.step';

// Until the opportunity.created dispatcher lands (workflows/dispatch), the conflict radar's step
// rides on this existing function: no new job per event. Move it to the dispatcher's list then.
export const checkDealComplianceOnOpportunityCreatedHandler = async (
  payload: unknown,
): Promise<
  ComplianceHandlerOutcome & {
    crossRegionProspect?: CrossRegionProspectStepOutcome;
  }
> => {
  const compliance = await runComplianceHandler(payload);
  const crossRegionProspect = await crossRegionProspectStep.run(payload);
  return { ...compliance, crossRegionProspect };
};

export default defineLogicFunction({
  universalIdentifier:
    CHECK_DEAL_COMPLIANCE_ON_OPPORTUNITY_CREATED_UNIVERSAL_IDENTIFIER,
  name: 'check-deal-compliance-on-opportunity-created',
  description:
    'Sets the agreement check of a deal and raises or resolves its agreement conflicts for the GAM and the owner.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: checkDealComplianceOnOpportunityCreatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.created',
    batchMode: true,
  },
});
