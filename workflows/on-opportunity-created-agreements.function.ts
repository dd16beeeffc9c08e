import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_OPPORTUNITY_CREATED_AGREEMENTS_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  runAgreementHandler,
  type AgreementHandlerOutcome,
} from './agreements/run-agreement-handler.util';
import { familiesOfOpportunityEvents } from './agreements/agreement-event-scopes.util';

export const handler = (payload: unknown): Promise<AgreementHandlerOutcome> =>
  runAgreementHandler({
    payload,
    scopeOf: (events, config) =>
      familiesOfOpportunityEvents(
        config.credit.settings.wonStages ?? ['CUSTOMER'],
      )(events),
  });

export default defineLogicFunction({
  universalIdentifier: ON_OPPORTUNITY_CREATED_AGREEMENTS_UNIVERSAL_IDENTIFIER,
  name: 'on-opportunity-created-agreements',
  description:
    'Recomputes the agreement volume of the families a won deal belongs to when it is created.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.created',
    batchMode: true,
  },
});
