import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_FRAMEWORK_AGREEMENT_RESTORED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  runAgreementHandler,
  type AgreementHandlerOutcome,
} from './agreements/run-agreement-handler.util';
import { familiesOfEvents } from './agreements/agreement-event-scopes.util';

export const handler = (payload: unknown): Promise<AgreementHandlerOutcome> =>
  runAgreementHandler({ payload, scopeOf: familiesOfEvents });

export default defineLogicFunction({
  universalIdentifier: ON_FRAMEWORK_AGREEMENT_RESTORED_UNIVERSAL_IDENTIFIER,
  name: 'on-framework-agreement-restored',
  description:
    'Computes the progress, settlements and alerts of a restored framework agreement again.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'frameworkAgreement.restored',
    batchMode: true,
  },
});
