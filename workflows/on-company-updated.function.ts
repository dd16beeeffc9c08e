import { defineLogicFunction } from 'twenty-sdk/define';

import { ON_COMPANY_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { COMPANY_UPDATED_STEPS } from './dispatch/company-event-steps.constant';
import {
  dispatcherTimeoutSeconds,
  dispatcherUpdatedFields,
  runEventSteps,
  type DispatchOutcome,
} from './dispatch/run-event-steps.util';

export const handler = (payload: unknown): Promise<DispatchOutcome> =>
  runEventSteps(payload, COMPANY_UPDATED_STEPS);

export default defineLogicFunction({
  universalIdentifier: ON_COMPANY_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'on-company-updated',
  description:
    "The app's work when a company joins, leaves or moves between global accounts, or changes country: credit of its open deals, family membership date and agreements, agreement check of its deals.",
  timeoutSeconds: dispatcherTimeoutSeconds(COMPANY_UPDATED_STEPS),
  handler,
  databaseEventTriggerSettings: {
    eventName: 'company.updated',
    batchMode: true,
    updatedFields: dispatcherUpdatedFields(COMPANY_UPDATED_STEPS),
  },
});
