import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import {
  opportunityIdsOfOpportunityEvents,
  runCreditHandler,
  type CreditHandlerOutcome,
} from './credit/run-credit-handler.util';
import { ON_OPPORTUNITY_RESTORED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

export const onOpportunityRestoredHandler = (
  payload: unknown,
): Promise<CreditHandlerOutcome> =>
  runCreditHandler(payload, opportunityIdsOfOpportunityEvents);

export default defineLogicFunction({
  universalIdentifier: ON_OPPORTUNITY_RESTORED_UNIVERSAL_IDENTIFIER,
  name: 'on-opportunity-restored',
  description: 'Restores the credit lines of a restored opportunity.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: onOpportunityRestoredHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.restored',
    batchMode: true,
  },
});
