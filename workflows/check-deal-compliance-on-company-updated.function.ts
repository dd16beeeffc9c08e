import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CHECK_DEAL_COMPLIANCE_ON_COMPANY_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { COMPANY_COMPLIANCE_INPUT_FIELDS } from './compliance/opportunity-compliance-trigger.constants';
import {
  companyComplianceJobsOf,
  runComplianceFanOutHandler,
  type ComplianceFanOutHandlerOutcome,
} from './compliance/run-compliance-fan-out.util';

export const checkDealComplianceOnCompanyUpdatedHandler = (
  payload: unknown,
): Promise<ComplianceFanOutHandlerOutcome> =>
  runComplianceFanOutHandler(payload, companyComplianceJobsOf);

export default defineLogicFunction({
  universalIdentifier:
    CHECK_DEAL_COMPLIANCE_ON_COMPANY_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'check-deal-compliance-on-company-updated',
  description:
    'Re-checks the deals of a company that joins, leaves or moves between global accounts, or changes country.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: checkDealComplianceOnCompanyUpdatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'company.updated',
    updatedFields: COMPANY_COMPLIANCE_INPUT_FIELDS,
    batchMode: true,
  },
});
