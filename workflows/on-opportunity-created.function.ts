import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import {
  opportunityIdsOfOpportunityEvents,
  runCreditHandler,
  type CreditHandlerOutcome,
} from './credit/run-credit-handler.util';
import { ON_OPPORTUNITY_CREATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

export const onOpportunityCreatedHandler = (
  payload: unknown,
): Promise<CreditHandlerOutcome> =>
  runCreditHandler(payload, opportunityIdsOfOpportunityEvents);

export default defineLogicFunction({
  universalIdentifier: ON_OPPORTUNITY_CREATED_UNIVERSAL_IDENTIFIER,
  name: 'on-opportunity-created',
  description: 'Computes the credit lines of a new opportunity.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: onOpportunityCreatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.created',
    batchMode: true,
  },
});
