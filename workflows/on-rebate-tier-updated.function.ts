import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_REBATE_TIER_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  runAgreementHandler,
  type AgreementHandlerOutcome,
} from './agreements/run-agreement-handler.util';
import { familiesOfTierEvents } from './agreements/agreement-event-scopes.util';
import { REBATE_TIER_INPUT_FIELDS } from './agreements/agreement-trigger.constants';

export const handler = (payload: unknown): Promise<AgreementHandlerOutcome> =>
  runAgreementHandler({ payload, scopeOf: familiesOfTierEvents });

export default defineLogicFunction({
  universalIdentifier: ON_REBATE_TIER_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'on-rebate-tier-updated',
  description:
    'Recomputes the progress and settlements of an agreement whose rebate tier was updated.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'rebateTier.updated',
    updatedFields: REBATE_TIER_INPUT_FIELDS,
    batchMode: true,
  },
});
