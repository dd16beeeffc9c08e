import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import {
  opportunityIdsOfManualLineEvents,
  runCreditHandler,
  type CreditHandlerOutcome,
} from './credit/run-credit-handler.util';
import { ON_CREDIT_ALLOCATION_DELETED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

export const onCreditAllocationDeletedHandler = (
  payload: unknown,
): Promise<CreditHandlerOutcome> =>
  runCreditHandler(payload, opportunityIdsOfManualLineEvents);

export default defineLogicFunction({
  universalIdentifier: ON_CREDIT_ALLOCATION_DELETED_UNIVERSAL_IDENTIFIER,
  name: 'on-credit-allocation-deleted',
  description:
    'Returns an opportunity to the policy split when its manual lines are removed.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: onCreditAllocationDeletedHandler,
  databaseEventTriggerSettings: {
    eventName: 'creditAllocation.deleted',
    batchMode: true,
  },
});
