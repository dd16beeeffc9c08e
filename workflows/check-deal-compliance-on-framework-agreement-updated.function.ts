import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CHECK_DEAL_COMPLIANCE_ON_AGREEMENT_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { AGREEMENT_COMPLIANCE_INPUT_FIELDS } from './compliance/opportunity-compliance-trigger.constants';
import {
  agreementComplianceJobsOf,
  runComplianceFanOutHandler,
  type ComplianceFanOutHandlerOutcome,
} from './compliance/run-compliance-fan-out.util';

export const checkDealComplianceOnFrameworkAgreementUpdatedHandler = (
  payload: unknown,
): Promise<ComplianceFanOutHandlerOutcome> =>
  runComplianceFanOutHandler(payload, agreementComplianceJobsOf);

export default defineLogicFunction({
  universalIdentifier:
    CHECK_DEAL_COMPLIANCE_ON_AGREEMENT_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'check-deal-compliance-on-framework-agreement-updated',
  description:
    'Re-checks every deal of the family of the agreement, and every deal linked to it, page by page.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: checkDealComplianceOnFrameworkAgreementUpdatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'frameworkAgreement.updated',
    updatedFields: AGREEMENT_COMPLIANCE_INPUT_FIELDS,
    batchMode: true,
  },
});
