import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_COMPANY_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { COMPANY_CREDIT_INPUT_FIELDS } from './credit/fan-out-trigger.constants';
import {
  companyJobsOf,
  runFanOutHandler,
  type FanOutHandlerOutcome,
} from './credit/run-fan-out-handler.util';

export const onCompanyUpdatedHandler = (
  payload: unknown,
): Promise<FanOutHandlerOutcome> => runFanOutHandler(payload, companyJobsOf);

export default defineLogicFunction({
  universalIdentifier: ON_COMPANY_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'on-company-updated',
  description:
    'Recomputes the credit of open opportunities when a company joins, leaves or moves between global accounts, or changes country.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: onCompanyUpdatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'company.updated',
    updatedFields: COMPANY_CREDIT_INPUT_FIELDS,
    batchMode: true,
  },
});
