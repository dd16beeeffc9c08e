import { RECOMPUTATION_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { CONFLICT_RADAR_BATCH_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { enqueueFollowUp, pacedRunDeadline } from '../shared/paced-run.util';
import {
  dataOrThrow,
  runWithAppClient,
  type InvalidConfig,
} from '../shared/run-with-app-client.util';
import { radarSettingsOf } from './run-company-radar-handler.util';
import {
  companyRadarJobSchema,
  runCompanyRadarBatch,
  type CompanyRadarBatchOutcome,
  type CompanyRadarJob,
} from './run-company-radar-batch.util';

const enqueueBatch = enqueueFollowUp<CompanyRadarJob>(
  CONFLICT_RADAR_BATCH_UNIVERSAL_IDENTIFIER,
);

/** The nightly run (from the first company) or its follow-up (from the job's cursor). */
export const runCompanyRadarBatchHandler = async (
  payload: unknown,
): Promise<
  | CompanyRadarBatchOutcome
  | InvalidConfig
  | { outcome: 'invalid-payload'; message: string }
> => {
  const job = companyRadarJobSchema.safeParse(payload ?? {});
  if (!job.success)
    return {
      outcome: 'invalid-payload',
      message: 'not a conflict radar batch job',
    };
  const startedAt = Date.now();
  return runWithAppClient({
    timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
    work: async (client, config) => {
      const now = new Date(Date.now());
      return dataOrThrow(
        await runCompanyRadarBatch({
          client,
          job: job.data,
          config,
          settings: radarSettingsOf(config, now),
          now,
          enqueue: enqueueBatch,
          runDeadline: pacedRunDeadline(startedAt),
        }),
        'nightly conflict radar',
      );
    },
  });
};
