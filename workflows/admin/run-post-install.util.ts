import { enqueueJobs } from 'twenty-sdk/logic-function';

import { planCurrentPeriod, toIsoDate } from '@global-accounts/domain';
import {
  createCreditPeriod,
  loadCreditPeriodBounds,
} from '@global-accounts/twenty-gateway';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { RECALCULATE_CREDIT_BATCH_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { type FanOutJob } from '../credit/fan-out-job.schema';
import {
  dataOrThrow,
  runWithAppClient,
  type InvalidConfig,
} from '../shared/run-with-app-client.util';

export type PostInstallOutcome =
  | {
      outcome: 'installed';
      /** The credit period created for today, or null when one already covered it. */
      createdPeriod: string | null;
      /** The full recomputation queued as a recalculate-credit-batch job. */
      recomputationJobId: string | null;
    }
  | InvalidConfig;

/** The first job of a recomputation of every opportunity (what the nightly reconciliation runs). */
export const FULL_RECOMPUTATION_JOB: FanOutJob = {
  scope: { kind: 'all' },
  after: null,
};

/**
 * After install: today's credit period exists (created as its calendar quarter when no period
 * covers today), and every opportunity is recomputed, paced, by recalculate-credit-batch, so
 * deals that existed before the install get their credit. A second run creates nothing and
 * its recomputation writes nothing (the ledger already matches).
 */
export const runPostInstall = (
  // Date.now(): the time source a test host can speed up (its runs patch Date.now only).
  now: Date = new Date(Date.now()),
): Promise<PostInstallOutcome> =>
  runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client) => {
      const periods = dataOrThrow(
        await loadCreditPeriodBounds(client),
        'reading the credit periods',
      );
      const planned = planCurrentPeriod({ periods, today: toIsoDate(now) });
      if (planned !== null)
        dataOrThrow(
          await createCreditPeriod(client, planned),
          'creating the current credit period',
        );
      const queued = await enqueueJobs({
        logicFunctionUniversalIdentifier:
          RECALCULATE_CREDIT_BATCH_UNIVERSAL_IDENTIFIER,
        payloads: [FULL_RECOMPUTATION_JOB],
      });
      return {
        outcome: 'installed' as const,
        createdPeriod: planned?.name ?? null,
        recomputationJobId: queued.jobIds[0] ?? null,
      };
    },
  });
