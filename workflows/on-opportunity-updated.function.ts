import { defineLogicFunction } from 'twenty-sdk/define';

import { ON_OPPORTUNITY_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { OPPORTUNITY_UPDATED_STEPS } from './dispatch/opportunity-event-steps.constant';
import {
  dispatcherTimeoutSeconds,
  dispatcherUpdatedFields,
  runEventSteps,
  type DispatchOutcome,
} from './dispatch/run-event-steps.util';

export const handler = (payload: unknown): Promise<DispatchOutcome> =>
  runEventSteps(payload, OPPORTUNITY_UPDATED_STEPS);

export default defineLogicFunction({
  universalIdentifier: ON_OPPORTUNITY_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'on-opportunity-updated',
  description:
    "The app's work on changed opportunities, each step only for the fields it reads: credit lines, agreement check, agreement volume.",
  timeoutSeconds: dispatcherTimeoutSeconds(OPPORTUNITY_UPDATED_STEPS),
  handler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.updated',
    batchMode: true,
    updatedFields: dispatcherUpdatedFields(OPPORTUNITY_UPDATED_STEPS),
  },
});
