// After a team change, an account's open deals are recomputed by the app's own fan-out, which
// paces itself to half of the app's API budget (500 tokens a minute on Twenty, one per root
// field of a request). Goal: the recomputation ends within 2× the time its API requests need
// at that half budget, counted in the tokens they cost. Printed
// for 2,000 and 20,000 open deals, on the app's built bundles on the host, with Twenty's token
// bucket, retry backoff and queue delays on the host's clock. Host time may run faster than
// real time (timeScale): wall time is given in host seconds, and in real seconds beside it.
//
//   npm run bench:recompute -w bench       (after `npm run build` at the root)
//   RECOMPUTE_DEALS=2000,20000 RECOMPUTE_TIME_SCALES=1,4 to choose the sizes and scales
import path from 'node:path';

import { z } from 'zod';

import {
  DEMO_EXCHANGE_RATES,
  DEMO_GLOBAL_ACCOUNT,
  companyId,
  loadDemoFamily,
  memberId,
} from '@global-accounts/seeds';
import { createGraphqlClient } from '@global-accounts/twenty-gateway';
import { startTwentyHost } from '@global-accounts/twenty-host';

import {
  APP_BUDGET_PER_MINUTE,
  APP_OUTPUT,
} from './support/built-app.constant';

const RECOMPUTE_SHARE = 0.5;
const CREATE_PAGE = 200;

const listOf = (value: string | undefined, fallback: number[]): number[] =>
  value === undefined || value.trim() === ''
    ? fallback
    : value.split(',').map((item) => Number(item.trim()));

type Measured = {
  deals: number;
  timeScale: number;
  requests: number;
  /** What the requests cost of the app's budget: one token per root field, as Twenty charges. */
  tokens: number;
  runs: number;
  /** Host seconds until the last recomputation run ended (the deals are recomputed). */
  recomputedSeconds: number;
  /** Host seconds until the queue was idle (runs of the app's own writes included). */
  hostSeconds: number;
  realSeconds: number;
  budgetSeconds: number;
};

/** Runs, host seconds inside runs and API requests per function (RECOMPUTE_BREAKDOWN=true). */
const printBreakdown = (
  runs: { functionName: string; durationMs: number; requestCount: number }[],
): void => {
  const byFunction = new Map<
    string,
    { runs: number; ms: number; requests: number }
  >();
  for (const run of runs) {
    const entry = byFunction.get(run.functionName) ?? {
      runs: 0,
      ms: 0,
      requests: 0,
    };
    entry.runs += 1;
    entry.ms += run.durationMs;
    entry.requests += run.requestCount;
    byFunction.set(run.functionName, entry);
  }
  for (const [name, entry] of byFunction)
    console.log(
      `    ${name.padEnd(36)} ${String(entry.runs).padStart(5)} runs  ${(entry.ms / 1000).toFixed(1).padStart(8)} host s in runs  ${String(entry.requests).padStart(5)} requests`,
    );
};

const measure = async (deals: number, timeScale: number): Promise<Measured> => {
  const host = await startTwentyHost({
    manifestPath: path.join(APP_OUTPUT, 'manifest.json'),
    bundlesDir: APP_OUTPUT,
    databaseUrl:
      process.env.DATABASE_URL === '' ? undefined : process.env.DATABASE_URL,
    applicationVariables: {
      EXCHANGE_RATES: JSON.stringify(DEMO_EXCHANGE_RATES),
    },
    timeScale,
  });
  try {
    const api = createGraphqlClient({ apiUrl: host.url, token: host.apiKey });
    const graphql = async (
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<unknown> => {
      const result = await api.request(query, variables, z.unknown());
      if (!result.success) throw new Error(result.error.message);
      return result.data;
    };
    const loaded = await loadDemoFamily(api, () => undefined);
    if (!loaded.success) throw new Error(loaded.error.message);
    await host.waitForIdle(600_000);
    // The deals arrive without their credit (their creation events are dropped): the team
    // change below recomputes every one of them.
    host.faults.dropNext({
      count: Math.ceil(deals / CREATE_PAGE) + 1,
      target: { functionName: 'on-opportunity-created' },
    });
    for (let start = 0; start < deals; start += CREATE_PAGE) {
      await graphql(
        'mutation Bulk($data: [OpportunityCreateInput!]!) { createOpportunities(data: $data) { id } }',
        {
          data: Array.from(
            { length: Math.min(CREATE_PAGE, deals - start) },
            (_, offset) => {
              const index = start + offset;
              return {
                id: `b1000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
                name: `Open deal ${index}`,
                ownerId: memberId(index % 2 === 0 ? 'deLam' : 'plLam'),
                companyId: companyId(index % 2 === 0 ? 'de' : 'pl'),
                stage: 'PROPOSAL',
                shipToCountry: index % 3 === 0 ? 'FR' : 'PL',
                amount: { amountMicros: 1_000_000_000, currencyCode: 'EUR' },
              };
            },
          ),
        },
      );
    }
    await host.waitForIdle(600_000);

    const requestsBefore = host.requestCount(host.appToken);
    const tokensBefore = host.appTokenCount();
    const runsBefore = host.runs().length;
    const hostStarted = host.clock.now();
    const realStarted = Date.now();
    await graphql(
      'mutation Team($data: AccountTeamMemberCreateInput!) { createAccountTeamMember(data: $data) { id } }',
      {
        data: {
          name: 'LOCAL_ACCOUNT_MANAGER US',
          globalAccountId: DEMO_GLOBAL_ACCOUNT.id,
          workspaceMemberId: memberId('usRep'),
          role: 'LOCAL_ACCOUNT_MANAGER',
          countryCode: 'US',
        },
      },
    );
    // The recomputation is done when a fan-out run reports no follow-up; runs are recorded as
    // they end, so polling the list gives that moment on the host clock.
    let recomputedAt: number | undefined;
    const poll = setInterval(() => {
      if (recomputedAt !== undefined) return;
      const done = host
        .runs()
        .slice(runsBefore)
        .some(
          (run) =>
            (
              run.result as { jobs?: { outcome: string }[] } | undefined
            )?.jobs?.some((job) => job.outcome === 'done') === true,
        );
      if (done) recomputedAt = host.clock.now();
    }, 50);
    await host.waitForIdle(3_600_000);
    clearInterval(poll);
    const requests = host.requestCount(host.appToken) - requestsBefore;
    const tokens = host.appTokenCount() - tokensBefore;
    const runs = host.runs().slice(runsBefore);
    const failed = runs.filter((run) => run.status === 'failed');
    if (failed.length > 0)
      console.error(
        `  ${failed.length} failed run(s): ${failed.map((run) => run.error?.message).join('; ')}`,
      );
    if (process.env.RECOMPUTE_BREAKDOWN === 'true') printBreakdown(runs);
    return {
      deals,
      timeScale,
      requests,
      runs: runs.length,
      recomputedSeconds:
        ((recomputedAt ?? host.clock.now()) - hostStarted) / 1000,
      hostSeconds: (host.clock.now() - hostStarted) / 1000,
      realSeconds: (Date.now() - realStarted) / 1000,
      tokens,
      budgetSeconds: (tokens * 60) / (APP_BUDGET_PER_MINUTE * RECOMPUTE_SHARE),
    };
  } finally {
    await host.stop();
  }
};

const main = async (): Promise<void> => {
  const sizes = listOf(process.env.RECOMPUTE_DEALS, [2_000, 20_000]);
  const scales = listOf(process.env.RECOMPUTE_TIME_SCALES, [1, 4]);
  console.log(
    `recomputation after a team change (built bundles; budget ${APP_BUDGET_PER_MINUTE} tokens/min, one per root field; recomputation share ${RECOMPUTE_SHARE * 100}%; goal: wall ≤ 2× budget-bound)`,
  );
  console.log(
    '  open deals  requests  tokens  runs  recomputed (host s)  budget-bound (s)  ratio  queue idle (host s)  time scale  real s',
  );
  for (const [index, deals] of sizes.entries()) {
    const timeScale = scales[index] ?? scales.at(-1) ?? 1;
    const row = await measure(deals, timeScale);
    console.log(
      `  ${row.deals.toLocaleString('en').padStart(10)}  ${String(row.requests).padStart(8)}  ${String(row.tokens).padStart(6)}  ${String(row.runs).padStart(4)}  ${row.recomputedSeconds.toFixed(1).padStart(19)}  ${row.budgetSeconds.toFixed(1).padStart(16)}  ${(row.recomputedSeconds / row.budgetSeconds).toFixed(2).padStart(5)}  ${row.hostSeconds.toFixed(1).padStart(19)}  ${`${row.timeScale}×`.padStart(10)}  ${row.realSeconds.toFixed(1).padStart(6)}`,
    );
  }
  console.log(
    "  recomputed = host time from the team change to the end of the last recomputation run; queue idle adds the no-op runs of the app's own credit-line writes; with a time scale N the host clock (budget refill, queue delays, backoff) runs N× faster than real time.",
  );
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
