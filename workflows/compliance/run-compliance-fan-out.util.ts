import { RECOMPUTATION_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { enqueueFollowUp, pacedRunDeadline } from '../shared/paced-run.util';
import { CHECK_DEAL_COMPLIANCE_BATCH_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
  type DatabaseEvent,
} from '../shared/database-event-payload.schema';
import {
  dataOrThrow,
  runWithAppClient,
} from '../shared/run-with-app-client.util';
import { type ComplianceJob } from './compliance-job.schema';
import {
  fanOutCompliance,
  type ComplianceFanOutOutcome,
  type EnqueueComplianceJob,
} from './fan-out-compliance.util';

export type ComplianceFanOutHandlerOutcome =
  | { outcome: 'fanned-out'; jobs: ComplianceFanOutOutcome[] }
  | {
      outcome: 'invalid-payload' | 'invalid-config' | 'ignored';
      message: string;
    };

const enqueueContinuation: EnqueueComplianceJob =
  enqueueFollowUp<ComplianceJob>(
    CHECK_DEAL_COMPLIANCE_BATCH_UNIVERSAL_IDENTIFIER,
  );

/** Runs re-check jobs one after the other; transient failures make Twenty retry the run. */
export const runComplianceJobs = async (
  jobs: readonly ComplianceJob[],
): Promise<ComplianceFanOutHandlerOutcome> => {
  if (jobs.length === 0)
    return { outcome: 'ignored', message: 'no deal to re-check' };
  const startedAt = Date.now();
  return runWithAppClient({
    timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
    work: async (client, config) => {
      const tolerance = config.compliance.priceTolerancePercent;
      if (!tolerance.success) {
        console.error(`[global-accounts] ${tolerance.error}`);
        return { outcome: 'invalid-config' as const, message: tolerance.error };
      }
      const outcomes: ComplianceFanOutOutcome[] = [];
      for (const job of jobs) {
        outcomes.push(
          dataOrThrow(
            await fanOutCompliance({
              client,
              job,
              config,
              priceTolerancePercent: tolerance.data,
              now: new Date(),
              enqueue: enqueueContinuation,
              runDeadline: pacedRunDeadline(startedAt),
            }),
            'agreement re-check',
          ),
        );
      }
      return { outcome: 'fanned-out' as const, jobs: outcomes };
    },
  });
};

/** Database events on records other than the deal (agreement, company). */
export const runComplianceFanOutHandler = async (
  payload: unknown,
  jobsOf: (events: readonly DatabaseEvent[]) => ComplianceJob[],
): Promise<ComplianceFanOutHandlerOutcome> => {
  const events = parseDatabaseEvents(payload);
  return events === undefined
    ? INVALID_PAYLOAD
    : runComplianceJobs(jobsOf(events));
};

const valuesOf = (
  events: readonly DatabaseEvent[],
  field: string,
): string[] => [
  ...new Set(
    events
      .flatMap((event) => [
        event.properties?.before?.[field],
        event.properties?.after?.[field],
      ])
      .filter((id): id is string => typeof id === 'string' && id !== ''),
  ),
];

/** Agreement events: every deal of the families it belonged to before and after, and every deal linked to it. */
export const agreementComplianceJobsOf = (
  events: readonly DatabaseEvent[],
): ComplianceJob[] => [
  {
    globalAccountIds: valuesOf(events, 'globalAccountId'),
    frameworkAgreementIds: [...new Set(events.map((event) => event.recordId))],
    after: null,
  },
];

/** Company events: the company's own deals (its family, country or membership date changed). */
export const companyComplianceJobsOf = (
  events: readonly DatabaseEvent[],
): ComplianceJob[] => [
  {
    globalAccountIds: [],
    frameworkAgreementIds: [],
    companyIds: [...new Set(events.map((event) => event.recordId))],
    after: null,
  },
];
