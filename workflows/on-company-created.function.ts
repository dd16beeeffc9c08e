import { defineLogicFunction } from 'twenty-sdk/define';

import { ON_COMPANY_CREATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { COMPANY_CREATED_STEPS } from './dispatch/company-event-steps.constant';
import {
  dispatcherTimeoutSeconds,
  runEventSteps,
  type DispatchOutcome,
} from './dispatch/run-event-steps.util';

// The dispatcher of company.created: one logic function per object event, running its steps.
export const handler = (payload: unknown): Promise<DispatchOutcome> =>
  runEventSteps(payload, COMPANY_CREATED_STEPS);

export default defineLogicFunction({
  universalIdentifier: ON_COMPANY_CREATED_UNIVERSAL_IDENTIFIER,
  name: 'on-company-created',
  description:
    "The app's work when a company is created: the conflict radar matches it against its candidates (duplicates, unlinked affiliates).",
  timeoutSeconds: dispatcherTimeoutSeconds(COMPANY_CREATED_STEPS),
  handler,
  databaseEventTriggerSettings: {
    eventName: 'company.created',
    batchMode: true,
  },
});
