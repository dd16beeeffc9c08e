import { z } from 'zod';

import { ok, type Result } from '@global-accounts/domain';
import {
  loadRadarCompanyPage,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { computeContinuationDelay } from '../credit/compute-continuation-delay.util';
import { type AppConfig } from '../shared/get-app-config.util';
import { type RadarSettings } from './plan-company-radar.util';
import { runCompanyRadarPage } from './run-company-radar.util';

export const companyRadarJobSchema = z.object({
  /** Cursor of the last page done; null: from the first company. */
  after: z.string().nullable(),
});
export type CompanyRadarJob = z.infer<typeof companyRadarJobSchema>;

export type EnqueueCompanyRadar = (
  job: CompanyRadarJob,
  delayMs: number,
) => Promise<void>;

export type CompanyRadarBatchOutcome = {
  outcome: 'done' | 'continued';
  companies: number;
  pages: number;
  keysWritten: number;
  conflictsWritten: number;
  requests: number;
};

/**
 * The nightly batch: every company, 200 per page by id; per page ONE read of all the page's
 * candidates (buildPageCandidateFilters), and writes only for what changed. It pauses between
 * pages to keep to its share of the app's API budget (as recompute-paced.util.ts) and hands
 * the cursor to a queued follow-up when its time is up. Companies saved at the same moment
 * (whose events could not see each other's keys) meet here.
 */
export const runCompanyRadarBatch = async ({
  client,
  job,
  config,
  settings,
  now,
  enqueue,
  runDeadline,
  clock = Date.now,
  sleep = (milliseconds) =>
    new Promise((resolve) => setTimeout(resolve, milliseconds)),
}: {
  client: GraphqlClient;
  job: CompanyRadarJob;
  config: Pick<AppConfig, 'fanOut'>;
  settings: RadarSettings;
  now: Date;
  enqueue: EnqueueCompanyRadar;
  runDeadline: number;
  clock?: () => number;
  sleep?: (milliseconds: number) => Promise<void>;
}): Promise<Result<CompanyRadarBatchOutcome, GatewayError>> => {
  const startedAt = clock();
  const requestsBefore = client.requestCount();
  const tokensBefore = client.tokensUsed();
  const pacedDelay = () =>
    computeContinuationDelay({
      tokens: client.tokensUsed() - tokensBefore,
      elapsedMs: clock() - startedAt,
      appBudget: config.fanOut.appBudget,
      budgetShare: config.fanOut.budgetShare,
    });
  const outcome: CompanyRadarBatchOutcome = {
    outcome: 'done',
    companies: 0,
    pages: 0,
    keysWritten: 0,
    conflictsWritten: 0,
    requests: 0,
  };
  let after = job.after;
  let longestPageMs = 0;
  for (;;) {
    if (outcome.pages > 0) {
      const pause = pacedDelay();
      if (clock() + pause + longestPageMs > runDeadline) {
        await enqueue({ after }, pause);
        return ok({
          ...outcome,
          outcome: 'continued',
          requests: client.requestCount() - requestsBefore,
        });
      }
      if (pause > 0) await sleep(pause);
    }
    const pageStartedAt = clock();
    const page = await loadRadarCompanyPage({ client, after });
    if (!page.success) return page;
    if (page.data.companies.length > 0) {
      const done = await runCompanyRadarPage({
        client,
        page: page.data.companies,
        settings,
        now,
      });
      if (!done.success) return done;
      outcome.companies += done.data.companies;
      outcome.keysWritten += done.data.keysWritten;
      outcome.conflictsWritten += done.data.conflictsWritten;
    }
    outcome.pages += 1;
    longestPageMs = Math.max(longestPageMs, clock() - pageStartedAt);
    after = page.data.nextCursor;
    if (after === null)
      return ok({
        ...outcome,
        requests: client.requestCount() - requestsBefore,
      });
  }
};
