import { RECOMPUTATION_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { enqueueFollowUp, pacedRunDeadline } from '../shared/paced-run.util';
import { RECALCULATE_CREDIT_BATCH_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
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
  fanOutCredit,
  type Enqueue,
  type FanOutOutcome,
} from './fan-out-credit.util';
import { type FanOutJob } from './fan-out-job.schema';

export type FanOutHandlerOutcome =
  | { outcome: 'fanned-out'; jobs: FanOutOutcome[] }
  | {
      outcome: 'invalid-payload' | 'invalid-config' | 'ignored';
      message: string;
    };

const enqueueContinuation: Enqueue = enqueueFollowUp<FanOutJob>(
  RECALCULATE_CREDIT_BATCH_UNIVERSAL_IDENTIFIER,
);

/** Runs fan-out jobs one after the other; transient failures make Twenty retry the run. */
export const runFanOutJobs = async (
  jobs: readonly FanOutJob[],
): Promise<FanOutHandlerOutcome> => {
  if (jobs.length === 0)
    return { outcome: 'ignored', message: 'nothing to recompute' };
  const startedAt = Date.now();
  return runWithAppClient({
    timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
    work: async (client, config) => {
      const outcomes: FanOutOutcome[] = [];
      for (const job of jobs) {
        outcomes.push(
          dataOrThrow(
            await fanOutCredit({
              client,
              job,
              config,
              now: new Date(),
              enqueue: enqueueContinuation,
              runDeadline: pacedRunDeadline(startedAt),
            }),
            'credit recomputation',
          ),
        );
      }
      return { outcome: 'fanned-out' as const, jobs: outcomes };
    },
  });
};

/** Database events on inputs that live on other records (company, team, account). */
export const runFanOutHandler = async (
  payload: unknown,
  jobsOf: (events: readonly DatabaseEvent[]) => FanOutJob[],
): Promise<FanOutHandlerOutcome> => {
  const events = parseDatabaseEvents(payload);
  return events === undefined ? INVALID_PAYLOAD : runFanOutJobs(jobsOf(events));
};

const idsOf = (events: readonly DatabaseEvent[], field: string): string[] => [
  ...new Set(
    events
      .flatMap((event) => [
        event.properties?.before?.[field],
        event.properties?.after?.[field],
      ])
      .filter((id): id is string => typeof id === 'string'),
  ),
];

/** Team and account events: recompute each account involved (before and after the change). */
export const accountJobsOf =
  (field: string) =>
  (events: readonly DatabaseEvent[]): FanOutJob[] =>
    idsOf(events, field).map((globalAccountId) => ({
      scope: { kind: 'globalAccount', globalAccountId },
      after: null,
    }));

/** Company events: the accounts it left and joined, and its own opportunities (which may have left every account). */
export const companyJobsOf = (
  events: readonly DatabaseEvent[],
): FanOutJob[] => [
  ...accountJobsOf('globalAccountId')(events),
  {
    scope: {
      kind: 'companies',
      companyIds: [...new Set(events.map((event) => event.recordId))].slice(
        0,
        200,
      ),
    },
    after: null,
  },
];
