import { defineLogicFunction } from 'twenty-sdk/define';

import { ON_OPPORTUNITY_CREATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { OPPORTUNITY_CREATED_STEPS } from './dispatch/opportunity-event-steps.constant';
import {
  dispatcherTimeoutSeconds,
  runEventSteps,
  type DispatchOutcome,
} from './dispatch/run-event-steps.util';

export const handler = (payload: unknown): Promise<DispatchOutcome> =>
  runEventSteps(payload, OPPORTUNITY_CREATED_STEPS);

export default defineLogicFunction({
  universalIdentifier: ON_OPPORTUNITY_CREATED_UNIVERSAL_IDENTIFIER,
  name: 'on-opportunity-created',
  description:
    "The app's work on new opportunities, one step after another: credit lines, agreement check, agreement volume.",
  timeoutSeconds: dispatcherTimeoutSeconds(OPPORTUNITY_CREATED_STEPS),
  handler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.created',
    batchMode: true,
  },
});
