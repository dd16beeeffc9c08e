import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_GLOBAL_ACCOUNT_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { GLOBAL_ACCOUNT_CREDIT_INPUT_FIELDS } from './credit/fan-out-trigger.constants';
import {
  accountJobsOf,
  runFanOutHandler,
  type FanOutHandlerOutcome,
} from './credit/run-fan-out-handler.util';

// The event's record is the account itself: its id is the recordId.
const jobsOf = accountJobsOf('id');

export const onGlobalAccountUpdatedHandler = (
  payload: unknown,
): Promise<FanOutHandlerOutcome> => runFanOutHandler(payload, jobsOf);

export default defineLogicFunction({
  universalIdentifier: ON_GLOBAL_ACCOUNT_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'on-global-account-updated',
  description:
    "Recomputes a global account's credit when its policy, manager or reporting currency changes.",
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: onGlobalAccountUpdatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'globalAccount.updated',
    updatedFields: GLOBAL_ACCOUNT_CREDIT_INPUT_FIELDS,
    batchMode: true,
  },
});
