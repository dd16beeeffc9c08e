import { defineLogicFunction } from 'twenty-sdk/define';

import { ON_COMPANY_DELETED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { COMPANY_DELETED_STEPS } from './dispatch/company-event-steps.constant';
import {
  dispatcherTimeoutSeconds,
  runEventSteps,
  type DispatchOutcome,
} from './dispatch/run-event-steps.util';

// The dispatcher of company.deleted: one logic function per object event, running its steps.
export const handler = (payload: unknown): Promise<DispatchOutcome> =>
  runEventSteps(payload, COMPANY_DELETED_STEPS);

export default defineLogicFunction({
  universalIdentifier: ON_COMPANY_DELETED_UNIVERSAL_IDENTIFIER,
  name: 'on-company-deleted',
  description:
    "The app's work when a company is deleted: its duplicate and unlinked-affiliate conflicts are resolved, with the reason.",
  timeoutSeconds: dispatcherTimeoutSeconds(COMPANY_DELETED_STEPS),
  handler,
  databaseEventTriggerSettings: {
    eventName: 'company.deleted',
    batchMode: true,
  },
});
