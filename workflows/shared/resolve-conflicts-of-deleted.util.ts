import { type Result } from '@global-accounts/domain';
import {
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
} from './database-event-payload.schema';
import { dataOrThrow, runWithAppClient } from './run-with-app-client.util';

export type ResolveConflictsOutcome =
  | { outcome: 'resolved'; resolved: number }
  | {
      outcome: 'invalid-payload' | 'invalid-config' | 'ignored';
      message: string;
    };

/**
 * The body of the handlers of deleted records: their open conflicts are resolved in one request
 * (nobody can act on a deal or agreement that is gone). A restore recomputes and raises again.
 */
export const runResolveConflictsOfDeleted = async ({
  payload,
  resolve,
}: {
  payload: unknown;
  resolve: (input: {
    client: GraphqlClient;
    recordIds: string[];
    now: Date;
  }) => Promise<Result<{ resolved: number }, GatewayError>>;
}): Promise<ResolveConflictsOutcome> => {
  const events = parseDatabaseEvents(payload);
  if (events === undefined) return INVALID_PAYLOAD;
  const recordIds = [...new Set(events.map((event) => event.recordId))];
  if (recordIds.length === 0)
    return { outcome: 'ignored', message: 'no deleted record' };
  return runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client) => ({
      outcome: 'resolved' as const,
      ...dataOrThrow(
        await resolve({ client, recordIds, now: new Date() }),
        'resolving the conflicts of deleted records',
      ),
    }),
  });
};
