import { defineLogicFunction } from 'twenty-sdk/define';

import { ON_OPPORTUNITY_DELETED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { OPPORTUNITY_DELETED_STEPS } from './dispatch/opportunity-event-steps.constant';
import {
  dispatcherTimeoutSeconds,
  runEventSteps,
  type DispatchOutcome,
} from './dispatch/run-event-steps.util';

export const handler = (payload: unknown): Promise<DispatchOutcome> =>
  runEventSteps(payload, OPPORTUNITY_DELETED_STEPS);

export default defineLogicFunction({
  universalIdentifier: ON_OPPORTUNITY_DELETED_UNIVERSAL_IDENTIFIER,
  name: 'on-opportunity-deleted',
  description:
    "The app's work on deleted opportunities: credit lines reversed, agreement conflicts resolved, agreement volume recomputed.",
  timeoutSeconds: dispatcherTimeoutSeconds(OPPORTUNITY_DELETED_STEPS),
  handler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.deleted',
    batchMode: true,
  },
});
