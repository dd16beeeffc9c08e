import { defineLogicFunction } from 'twenty-sdk/define';

import { ON_OPPORTUNITY_RESTORED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { OPPORTUNITY_RESTORED_STEPS } from './dispatch/opportunity-event-steps.constant';
import {
  dispatcherTimeoutSeconds,
  runEventSteps,
  type DispatchOutcome,
} from './dispatch/run-event-steps.util';

export const handler = (payload: unknown): Promise<DispatchOutcome> =>
  runEventSteps(payload, OPPORTUNITY_RESTORED_STEPS);

export default defineLogicFunction({
  universalIdentifier: ON_OPPORTUNITY_RESTORED_UNIVERSAL_IDENTIFIER,
  name: 'on-opportunity-restored',
  description:
    "The app's work on restored opportunities: credit lines restored, agreement check again, agreement volume recomputed.",
  timeoutSeconds: dispatcherTimeoutSeconds(OPPORTUNITY_RESTORED_STEPS),
  handler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.restored',
    batchMode: true,
  },
});
