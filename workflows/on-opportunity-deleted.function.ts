import { defineLogicFunction } from 'twenty-sdk/define';

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
  timeoutSeconds: 120,
  handler: onOpportunityDeletedHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.deleted',
    batchMode: true,
  },
});
