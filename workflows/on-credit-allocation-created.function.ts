import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import {
  opportunityIdsOfManualLineEvents,
  runCreditHandler,
  type CreditHandlerOutcome,
} from './credit/run-credit-handler.util';
import { ON_CREDIT_ALLOCATION_CREATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

export const onCreditAllocationCreatedHandler = (
  payload: unknown,
): Promise<CreditHandlerOutcome> =>
  runCreditHandler(payload, opportunityIdsOfManualLineEvents);

export default defineLogicFunction({
  universalIdentifier: ON_CREDIT_ALLOCATION_CREATED_UNIVERSAL_IDENTIFIER,
  name: 'on-credit-allocation-created',
  description: "Applies a manager's new manual credit line to its opportunity.",
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: onCreditAllocationCreatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'creditAllocation.created',
    batchMode: true,
  },
});
