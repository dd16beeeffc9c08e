import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
} from '../shared/database-event-payload.schema';
import {
  dataOrThrow,
  runWithAppClient,
} from '../shared/run-with-app-client.util';
import {
  checkDealCompliance,
  type ComplianceRunOutcome,
} from './check-deal-compliance.util';

export type ComplianceHandlerOutcome =
  | ComplianceRunOutcome
  | {
      outcome: 'invalid-payload' | 'invalid-config' | 'ignored';
      message: string;
    };

/**
 * The body of the opportunity handlers of the agreement check: parse the events, judge their
 * deals. Transient API failures are retried by Twenty; a bad tolerance setting is reported.
 */
export const runComplianceHandler = async (
  payload: unknown,
): Promise<ComplianceHandlerOutcome> => {
  const events = parseDatabaseEvents(payload);
  if (events === undefined) return INVALID_PAYLOAD;
  const opportunityIds = [...new Set(events.map((event) => event.recordId))];
  if (opportunityIds.length === 0)
    return { outcome: 'ignored', message: 'no opportunity to check' };
  return runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client, config) => {
      const tolerance = config.compliance.priceTolerancePercent;
      if (!tolerance.success) {
        console.error(`[global-accounts] ${tolerance.error}`);
        return { outcome: 'invalid-config' as const, message: tolerance.error };
      }
      const outcome = dataOrThrow(
        await checkDealCompliance({
          client,
          opportunityIds,
          priceTolerancePercent: tolerance.data,
          now: new Date(),
        }),
        'agreement check',
      );
      outcome.refused.forEach((refusal) =>
        console.error(
          `[global-accounts] agreement check of opportunity ${refusal.opportunityId} left unchanged: ${refusal.reason}`,
        ),
      );
      return outcome;
    },
  });
};
