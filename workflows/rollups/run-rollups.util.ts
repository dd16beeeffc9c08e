import { findAllGlobalAccountIds } from '@global-accounts/twenty-gateway';

import { RECOMPUTATION_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { RECOMPUTE_ROLLUPS_BATCH_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
  type DatabaseEvent,
} from '../shared/database-event-payload.schema';
import { enqueueFollowUp, pacedRunDeadline } from '../shared/paced-run.util';
import {
  dataOrThrow,
  runWithAppClient,
  type InvalidConfig,
} from '../shared/run-with-app-client.util';
import { type RollupBatchJob } from './rollup-batch-job.schema';
import {
  recomputeRollupsPaced,
  type EnqueueRollupBatch,
  type PacedRollupOutcome,
} from './recompute-rollups-paced.util';

const enqueueBatch: EnqueueRollupBatch = enqueueFollowUp<RollupBatchJob>(
  RECOMPUTE_ROLLUPS_BATCH_UNIVERSAL_IDENTIFIER,
);

export type RollupRunResult =
  | ({ outcome: 'recomputed'; requests: number } & PacedRollupOutcome)
  | InvalidConfig
  | { outcome: 'invalid-payload' | 'ignored'; message: string };

/**
 * Recomputes the roll-ups of `globalAccountIds` (every account when absent: the nightly run),
 * paced to the recomputation's share of the API budget. `fromEvent`: at most
 * ROLLUP_ACCOUNTS_PER_EVENT_RUN accounts now, the others STALE until a queued follow-up.
 */
export const runRollups = async ({
  globalAccountIds,
  fromEvent = false,
  timeoutSeconds = RECOMPUTATION_TIMEOUT_SECONDS,
}: {
  globalAccountIds?: readonly string[];
  fromEvent?: boolean;
  /** The run's time limit (a dispatcher step has less than a recomputation function). */
  timeoutSeconds?: number;
}): Promise<RollupRunResult> => {
  if (globalAccountIds !== undefined && globalAccountIds.length === 0)
    return { outcome: 'ignored', message: 'no global account concerned' };
  const startedAt = Date.now();
  return runWithAppClient({
    timeoutSeconds,
    work: async (client, config) => {
      const ids =
        globalAccountIds ??
        dataOrThrow(
          await findAllGlobalAccountIds({ client }),
          'global account lookup',
        );
      const outcome = dataOrThrow(
        await recomputeRollupsPaced({
          client,
          globalAccountIds: ids,
          config,
          now: new Date(Date.now()),
          enqueue: enqueueBatch,
          runDeadline: Math.min(
            pacedRunDeadline(startedAt),
            startedAt + timeoutSeconds * 500,
          ),
          ...(fromEvent
            ? { maxAccounts: config.rollups.accountsPerEventRun }
            : {}),
        }),
        'roll-up recomputation',
      );
      return {
        outcome: 'recomputed' as const,
        ...outcome,
        requests: client.requestCount(),
      };
    },
  });
};

const idOf = (value: unknown): string[] =>
  typeof value === 'string' && value !== '' ? [value] : [];

/** The accounts an event's record belonged to, before and after (a move touches both). */
export const accountIdsOfEvents = (
  events: readonly DatabaseEvent[],
  field: string,
): string[] => [
  ...new Set(
    events.flatMap((event) =>
      field === 'id'
        ? [event.recordId]
        : [
            ...idOf(event.properties?.before?.[field]),
            ...idOf(event.properties?.after?.[field]),
          ],
    ),
  ),
];

/**
 * A database-event handler for records that name their account (`field`; `id` for the
 * account itself): every account of the batch recomputed in one run (debounced: several
 * events of one account cost one recompute). `.upserted` repeats a created/updated event and
 * is ignored.
 */
export const runRollupsOnEvents =
  (field: string) =>
  async (payload: unknown): Promise<RollupRunResult> => {
    const events = parseDatabaseEvents(payload);
    if (events === undefined) return INVALID_PAYLOAD;
    const name =
      typeof payload === 'object' && payload !== null && 'name' in payload
        ? String(payload.name)
        : '';
    if (name.endsWith('.upserted'))
      return { outcome: 'ignored', message: 'an upsert repeats its update' };
    return runRollups({
      globalAccountIds: accountIdsOfEvents(events, field),
      fromEvent: true,
    });
  };
