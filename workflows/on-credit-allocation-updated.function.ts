import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { MANUAL_LINE_INPUT_FIELDS } from './credit/credit-allocation-trigger.constants';
import {
  opportunityIdsOfManualLineEvents,
  runCreditHandler,
  type CreditHandlerOutcome,
} from './credit/run-credit-handler.util';
import { ON_CREDIT_ALLOCATION_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

export const onCreditAllocationUpdatedHandler = (
  payload: unknown,
): Promise<CreditHandlerOutcome> =>
  runCreditHandler(payload, opportunityIdsOfManualLineEvents);

export default defineLogicFunction({
  universalIdentifier: ON_CREDIT_ALLOCATION_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'on-credit-allocation-updated',
  description: "Applies a manager's change to a manual credit line.",
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: onCreditAllocationUpdatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'creditAllocation.updated',
    updatedFields: MANUAL_LINE_INPUT_FIELDS,
    batchMode: true,
  },
});
