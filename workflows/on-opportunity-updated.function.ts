import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { OPPORTUNITY_CREDIT_INPUT_FIELDS } from './credit/opportunity-trigger.constants';
import {
  opportunityIdsOfOpportunityEvents,
  runCreditHandler,
  type CreditHandlerOutcome,
} from './credit/run-credit-handler.util';
import { ON_OPPORTUNITY_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

export const onOpportunityUpdatedHandler = (
  payload: unknown,
): Promise<CreditHandlerOutcome> =>
  runCreditHandler(payload, opportunityIdsOfOpportunityEvents);

export default defineLogicFunction({
  universalIdentifier: ON_OPPORTUNITY_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'on-opportunity-updated',
  description:
    'Brings the credit lines of an opportunity in line with its inputs.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: onOpportunityUpdatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.updated',
    updatedFields: OPPORTUNITY_CREDIT_INPUT_FIELDS,
    batchMode: true,
  },
});
