import { ok, planConflictChanges, type Result } from '@global-accounts/domain';
import {
  findOpportunityIds,
  loadAccountCoverage,
  saveCreditChanges,
  type GatewayError,
  type GraphqlClient,
  type OpportunityScope,
} from '@global-accounts/twenty-gateway';

import { type AppConfig } from '../shared/get-app-config.util';
import { computeContinuationDelay } from './compute-continuation-delay.util';
import { type FanOutJob } from './fan-out-job.schema';
import { planAccountConflicts } from './plan-account-conflicts.util';
import { recalculateCredit } from './recalculate-credit.util';

export type FanOutOutcome = {
  outcome: 'done' | 'continued';
  opportunities: number;
  linesWritten: number;
  refused: number;
};

export type Enqueue = (job: FanOutJob, delayMs: number) => Promise<void>;

// Coverage and the policy are account-level facts: raise uncovered member countries and an
// invalid policy, resolve them once fixed, and store the policy in force.
const refreshCoverage = async (
  client: GraphqlClient,
  globalAccountId: string,
  now: Date,
): Promise<Result<string[] | undefined, GatewayError>> => {
  const coverage = await loadAccountCoverage({ client, globalAccountId });
  if (!coverage.success || coverage.data === undefined)
    return coverage.success ? ok(undefined) : coverage;
  const plan = planAccountConflicts({ coverage: coverage.data, now });
  const saved = await saveCreditChanges({
    client,
    changes: {
      creates: [],
      updates: [],
      conflicts: planConflictChanges(
        plan.raised,
        plan.resolvedKeys,
        coverage.data.accountConflicts,
      ),
      lastValidPolicies: plan.lastValidPolicies,
    },
    now,
  });
  return saved.success ? ok(coverage.data.companyIds) : saved;
};

const scopeOf = (
  job: FanOutJob,
  config: AppConfig['credit'],
  companyIds: readonly string[] | undefined,
): OpportunityScope => {
  if (job.scope.kind === 'all') return { withDeleted: true };
  const excludedStages = [
    ...(config.settings.wonStages ?? ['CUSTOMER']),
    ...(config.settings.lostStages ?? []),
  ];
  return { companyIds: companyIds ?? [], excludedStages };
};

/**
 * Recomputes the credit of every opportunity in a scope, page by page, and hands the rest to
 * a queued follow-up job when a run has done its share: resumable from the cursor it carries.
 * The follow-up is delayed so that the recomputation, counted by what its own requests cost
 * of the budget (a token per root field), stays
 * within its share of the app's API budget and leaves the rest to live events.
 */
export const fanOutCredit = async ({
  client,
  job,
  config,
  now,
  enqueue,
  clock = Date.now,
  sleep = (milliseconds) =>
    new Promise((resolve) => setTimeout(resolve, milliseconds)),
  runDeadline,
}: {
  client: GraphqlClient;
  job: FanOutJob;
  config: Pick<AppConfig, 'credit' | 'fanOut'>;
  now: Date;
  enqueue: Enqueue;
  clock?: () => number;
  sleep?: (milliseconds: number) => Promise<void>;
  /** Until when (epoch ms) the run may pause between pages to keep to its share; absent: no pause. */
  runDeadline?: number;
}): Promise<Result<FanOutOutcome, GatewayError>> => {
  const startedAt = clock();
  const tokensBefore = client.tokensUsed();
  // The pause that keeps the tokens spent so far within the recomputation's share.
  const pacedDelay = (): number =>
    computeContinuationDelay({
      tokens: client.tokensUsed() - tokensBefore,
      elapsedMs: clock() - startedAt,
      appBudget: config.fanOut.appBudget,
      budgetShare: config.fanOut.budgetShare,
    });
  let companyIds =
    job.scope.kind === 'companies'
      ? job.scope.companyIds
      : job.scope.kind === 'globalAccount'
        ? job.scope.companyIds
        : undefined;
  if (job.scope.kind === 'globalAccount' && companyIds === undefined) {
    const refreshed = await refreshCoverage(
      client,
      job.scope.globalAccountId,
      now,
    );
    if (!refreshed.success) return refreshed;
    companyIds = refreshed.data ?? [];
  }
  const scope = scopeOf(job, config.credit, companyIds);
  const outcome: FanOutOutcome = {
    outcome: 'done',
    opportunities: 0,
    linesWritten: 0,
    refused: 0,
  };
  let after = job.after;
  let longestPageMs = 0;
  // Each page costs about ten requests (list, load, writes). Between pages the run pauses to
  // keep to its share, as long as its time allows another page; then a follow-up continues.
  for (let page = 0; page < config.fanOut.pagesPerRun; page += 1) {
    if (page > 0 && runDeadline !== undefined) {
      const pause = pacedDelay();
      if (clock() + pause + longestPageMs > runDeadline) break;
      if (pause > 0) await sleep(pause);
    }
    const pageStartedAt = clock();
    const ids = await findOpportunityIds({ client, scope, after });
    if (!ids.success) return ids;
    const recalculated = await recalculateCredit({
      client,
      opportunityIds: ids.data.ids,
      config: config.credit,
      now,
    });
    if (!recalculated.success) return recalculated;
    outcome.opportunities += recalculated.data.opportunities;
    outcome.linesWritten += recalculated.data.linesWritten;
    outcome.refused += recalculated.data.refused.length;
    longestPageMs = Math.max(longestPageMs, clock() - pageStartedAt);
    after = ids.data.nextCursor;
    if (after === null) return ok(outcome);
  }
  const scopeWithCompanies =
    job.scope.kind === 'globalAccount'
      ? { ...job.scope, companyIds: companyIds ?? [] }
      : job.scope;
  await enqueue({ scope: scopeWithCompanies, after }, pacedDelay());
  return ok({ ...outcome, outcome: 'continued' });
};
