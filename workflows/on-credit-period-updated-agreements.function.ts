import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_CREDIT_PERIOD_UPDATED_AGREEMENTS_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  runAgreementHandler,
  type AgreementHandlerOutcome,
} from './agreements/run-agreement-handler.util';
import { familiesOfPeriodEvents } from './agreements/agreement-event-scopes.util';
import { CREDIT_PERIOD_AGREEMENT_FIELDS } from './agreements/agreement-trigger.constants';

export const handler = (payload: unknown): Promise<AgreementHandlerOutcome> =>
  runAgreementHandler({ payload, scopeOf: familiesOfPeriodEvents });

export default defineLogicFunction({
  universalIdentifier: ON_CREDIT_PERIOD_UPDATED_AGREEMENTS_UNIVERSAL_IDENTIFIER,
  name: 'on-credit-period-updated-agreements',
  description:
    'Makes the rebate settlements of a closed credit period FINAL and recomputes the agreements it overlaps.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'creditPeriod.updated',
    updatedFields: CREDIT_PERIOD_AGREEMENT_FIELDS,
    batchMode: true,
  },
});
