import { ok, type Result } from '@global-accounts/domain';
import {
  findComplianceOpportunityIds,
  findFamilyCompanyIds,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { computeContinuationDelay } from '../credit/compute-continuation-delay.util';
import { type AppConfig } from '../shared/get-app-config.util';
import { checkDealCompliance } from './check-deal-compliance.util';
import { type ComplianceJob } from './compliance-job.schema';

export type ComplianceFanOutOutcome = {
  outcome: 'done' | 'continued';
  opportunities: number;
  statusesWritten: number;
  refused: number;
};

export type EnqueueComplianceJob = (
  job: ComplianceJob,
  delayMs: number,
) => Promise<void>;

/**
 * Re-checks every deal of a scope page by page, paced like the credit fan-out
 * (fan-out-credit.util.ts): between pages the run pauses to keep to its share of the app's
 * API budget, and a queued follow-up carrying the cursor continues when its time runs out.
 */
export const fanOutCompliance = async ({
  client,
  job,
  config,
  priceTolerancePercent,
  now,
  enqueue,
  clock = Date.now,
  sleep = (milliseconds) =>
    new Promise((resolve) => setTimeout(resolve, milliseconds)),
  runDeadline,
}: {
  client: GraphqlClient;
  job: ComplianceJob;
  config: Pick<AppConfig, 'fanOut'>;
  priceTolerancePercent: number;
  now: Date;
  enqueue: EnqueueComplianceJob;
  clock?: () => number;
  sleep?: (milliseconds: number) => Promise<void>;
  /** Until when (epoch ms) the run may pause between pages; absent: no pause. */
  runDeadline?: number;
}): Promise<Result<ComplianceFanOutOutcome, GatewayError>> => {
  const startedAt = clock();
  const tokensBefore = client.tokensUsed();
  const pacedDelay = (): number =>
    computeContinuationDelay({
      tokens: client.tokensUsed() - tokensBefore,
      elapsedMs: clock() - startedAt,
      appBudget: config.fanOut.appBudget,
      budgetShare: config.fanOut.budgetShare,
    });
  let companyIds = job.companyIds;
  if (companyIds === undefined) {
    const found = await findFamilyCompanyIds({
      client,
      globalAccountIds: job.globalAccountIds,
    });
    if (!found.success) return found;
    companyIds = found.data;
  }
  const scope = {
    companyIds,
    frameworkAgreementIds: job.frameworkAgreementIds,
  };
  const outcome: ComplianceFanOutOutcome = {
    outcome: 'done',
    opportunities: 0,
    statusesWritten: 0,
    refused: 0,
  };
  let after = job.after;
  let longestPageMs = 0;
  for (let page = 0; page < config.fanOut.pagesPerRun; page += 1) {
    if (page > 0 && runDeadline !== undefined) {
      const pause = pacedDelay();
      if (clock() + pause + longestPageMs > runDeadline) break;
      if (pause > 0) await sleep(pause);
    }
    const pageStartedAt = clock();
    const ids = await findComplianceOpportunityIds({ client, scope, after });
    if (!ids.success) return ids;
    const checked = await checkDealCompliance({
      client,
      opportunityIds: ids.data.ids,
      priceTolerancePercent,
      now,
    });
    if (!checked.success) return checked;
    outcome.opportunities += checked.data.opportunities;
    outcome.statusesWritten += checked.data.statusesWritten;
    outcome.refused += checked.data.refused.length;
    longestPageMs = Math.max(longestPageMs, clock() - pageStartedAt);
    after = ids.data.nextCursor;
    if (after === null) return ok(outcome);
  }
  await enqueue({ ...job, companyIds, after }, pacedDelay());
  return ok({ ...outcome, outcome: 'continued' });
};
