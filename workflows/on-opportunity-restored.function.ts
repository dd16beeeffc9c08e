import { defineLogicFunction } from 'twenty-sdk/define';

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
  timeoutSeconds: 120,
  handler: onOpportunityRestoredHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.restored',
    batchMode: true,
  },
});
