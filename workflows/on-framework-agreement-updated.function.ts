import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_FRAMEWORK_AGREEMENT_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  runAgreementHandler,
  type AgreementHandlerOutcome,
} from './agreements/run-agreement-handler.util';
import { familiesOfEvents } from './agreements/agreement-event-scopes.util';
import { AGREEMENT_INPUT_FIELDS } from './agreements/agreement-trigger.constants';

export const handler = (payload: unknown): Promise<AgreementHandlerOutcome> =>
  runAgreementHandler({ payload, scopeOf: familiesOfEvents });

export default defineLogicFunction({
  universalIdentifier: ON_FRAMEWORK_AGREEMENT_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'on-framework-agreement-updated',
  description:
    'Recomputes an agreement when its dates, currency, countries, status, family or rebate mode change (never on the progress fields the app writes).',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'frameworkAgreement.updated',
    updatedFields: AGREEMENT_INPUT_FIELDS,
    batchMode: true,
  },
});
