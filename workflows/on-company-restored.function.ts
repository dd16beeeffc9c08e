import { defineLogicFunction } from 'twenty-sdk/define';

import { ON_COMPANY_RESTORED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { COMPANY_RESTORED_STEPS } from './dispatch/company-event-steps.constant';
import {
  dispatcherTimeoutSeconds,
  runEventSteps,
  type DispatchOutcome,
} from './dispatch/run-event-steps.util';

// The dispatcher of company.restored: one logic function per object event, running its steps.
export const handler = (payload: unknown): Promise<DispatchOutcome> =>
  runEventSteps(payload, COMPANY_RESTORED_STEPS);

export default defineLogicFunction({
  universalIdentifier: ON_COMPANY_RESTORED_UNIVERSAL_IDENTIFIER,
  name: 'on-company-restored',
  description:
    "The app's work when a company is restored: the conflict radar matches it again.",
  timeoutSeconds: dispatcherTimeoutSeconds(COMPANY_RESTORED_STEPS),
  handler,
  databaseEventTriggerSettings: {
    eventName: 'company.restored',
    batchMode: true,
  },
});
