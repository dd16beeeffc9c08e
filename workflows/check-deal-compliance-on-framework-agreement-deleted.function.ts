import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CHECK_DEAL_COMPLIANCE_ON_AGREEMENT_DELETED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

import {
  agreementComplianceJobsOf,
  runComplianceFanOutHandler,
  type ComplianceFanOutHandlerOutcome,
} from './compliance/run-compliance-fan-out.util';

export const checkDealComplianceOnFrameworkAgreementDeletedHandler = (
  payload: unknown,
): Promise<ComplianceFanOutHandlerOutcome> =>
  runComplianceFanOutHandler(payload, agreementComplianceJobsOf);

export default defineLogicFunction({
  universalIdentifier:
    CHECK_DEAL_COMPLIANCE_ON_AGREEMENT_DELETED_UNIVERSAL_IDENTIFIER,
  name: 'check-deal-compliance-on-framework-agreement-deleted',
  description:
    'Re-checks every deal of the family of the agreement, and every deal linked to it, page by page.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: checkDealComplianceOnFrameworkAgreementDeletedHandler,
  databaseEventTriggerSettings: {
    eventName: 'frameworkAgreement.deleted',
    batchMode: true,
  },
});
