import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import {
  opportunityIdsOfOpportunityEvents,
  runCreditHandler,
  type CreditHandlerOutcome,
} from './credit/run-credit-handler.util';
import { ON_OPPORTUNITY_DELETED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

export const onOpportunityDeletedHandler = (
  payload: unknown,
): Promise<CreditHandlerOutcome> =>
  runCreditHandler(payload, opportunityIdsOfOpportunityEvents);

export default defineLogicFunction({
  universalIdentifier: ON_OPPORTUNITY_DELETED_UNIVERSAL_IDENTIFIER,
  name: 'on-opportunity-deleted',
  description: 'Reverses the credit lines of a deleted opportunity.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: onOpportunityDeletedHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.deleted',
    batchMode: true,
  },
});
