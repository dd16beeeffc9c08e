import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { type EventStep } from '../dispatch/event-step.type';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
} from '../shared/database-event-payload.schema';
import {
  dataOrThrow,
  runWithAppClient,
} from '../shared/run-with-app-client.util';
import {
  checkCrossRegionProspects,
  type CrossRegionProspectOutcome,
} from './check-cross-region-prospects.util';

export type CrossRegionProspectStepOutcome =
  | CrossRegionProspectOutcome
  | {
      outcome: 'invalid-payload' | 'invalid-config' | 'ignored';
      message: string;
    };

/** The step's body: parse the opportunity.created events, judge their deals. */
export const runCrossRegionProspectStep = async (
  payload: unknown,
): Promise<CrossRegionProspectStepOutcome> => {
  const events = parseDatabaseEvents(payload);
  if (events === undefined) return INVALID_PAYLOAD;
  const opportunityIds = [...new Set(events.map((event) => event.recordId))];
  if (opportunityIds.length === 0)
    return { outcome: 'ignored', message: 'no opportunity to check' };
  return runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client, config) =>
      dataOrThrow(
        await checkCrossRegionProspects({
          client,
          opportunityIds,
          stages: {
            wonStages: config.credit.settings.wonStages ?? ['CUSTOMER'],
            lostStages: config.credit.settings.lostStages ?? [],
          },
          now: new Date(),
        }),
        'cross-region prospect check',
      ),
  });
};

/**
 * The conflict radar's step for opportunity.created: CROSS_REGION_PROSPECT. Only creation raises it; a
 * deleted deal's conflicts are resolved by the deal's delete handler.
 */
export const crossRegionProspectStep: EventStep = {
  name: 'cross-region-prospect',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: runCrossRegionProspectStep,
};
