import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
  type DatabaseEvent,
} from '../shared/database-event-payload.schema';
import {
  dataOrThrow,
  runWithAppClient,
} from '../shared/run-with-app-client.util';
import {
  recalculateCredit,
  type CreditRunOutcome,
} from './recalculate-credit.util';

export type CreditHandlerOutcome =
  | CreditRunOutcome
  | {
      outcome: 'invalid-payload' | 'invalid-config' | 'ignored';
      message: string;
    };

/**
 * The shared body of the credit handlers: parse the event(s), pick the opportunities they
 * concern, recompute. Transient API failures are retried by Twenty; bad input is reported.
 */
export const runCreditHandler = async (
  payload: unknown,
  opportunityIdsOf: (events: readonly DatabaseEvent[]) => string[],
): Promise<CreditHandlerOutcome> => {
  const events = parseDatabaseEvents(payload);
  if (events === undefined) return INVALID_PAYLOAD;
  const opportunityIds = opportunityIdsOf(events);
  if (opportunityIds.length === 0)
    return { outcome: 'ignored', message: 'no opportunity to recompute' };
  return runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client, config) => {
      const outcome = dataOrThrow(
        await recalculateCredit({
          client,
          opportunityIds,
          config: config.credit,
          now: new Date(),
        }),
        'credit recalculation',
      );
      outcome.refused.forEach((refusal) =>
        console.error(
          `[global-accounts] credit of opportunity ${refusal.opportunityId} left unchanged: ${refusal.reason}`,
        ),
      );
      return outcome;
    },
  });
};

/** Opportunity events: the record itself. */
export const opportunityIdsOfOpportunityEvents = (
  events: readonly DatabaseEvent[],
): string[] => events.map((event) => event.recordId);

const manualLineOpportunityId = (event: DatabaseEvent): string[] => {
  const records = [event.properties?.after, event.properties?.before];
  const isManual = records.some((record) => record?.source === 'MANUAL');
  const opportunityId = records
    .map((record) => record?.opportunityId)
    .find((id) => typeof id === 'string');
  return isManual && typeof opportunityId === 'string' ? [opportunityId] : [];
};

/** Credit-line events: only a manager's MANUAL lines change an opportunity's split; the app's own lines are ignored. */
export const opportunityIdsOfManualLineEvents = (
  events: readonly DatabaseEvent[],
): string[] => events.flatMap(manualLineOpportunityId);
