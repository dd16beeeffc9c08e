// API requests per opportunity event and the sustained update rate inside Twenty's app budget
// (500 requests a minute), measured with the host's request counter on the app's built
// bundles, beside a naive handler (one read and one write per credit line) as the baseline.
//
//   npm run bench:credit-workflow -w bench       (after `npm run build` at the root)
import path from 'node:path';

import { z } from 'zod';

import {
  loadDemoFamily,
  DEMO_EXCHANGE_RATES,
  companyId,
  memberId,
} from '@global-accounts/seeds';
import { createGraphqlClient } from '@global-accounts/twenty-gateway';
import { startTwentyHost } from '@global-accounts/twenty-host';

import {
  APP_BUDGET_PER_MINUTE,
  APP_OUTPUT,
} from './support/built-app.constant';

const SINGLE_EVENTS = 20;
const BATCH_EVENTS = 200;
const BATCH_ROUNDS = 5;

const main = async (): Promise<void> => {
  const host = await startTwentyHost({
    manifestPath: path.join(APP_OUTPUT, 'manifest.json'),
    bundlesDir: APP_OUTPUT,
    databaseUrl:
      process.env.DATABASE_URL === '' ? undefined : process.env.DATABASE_URL,
    applicationVariables: {
      EXCHANGE_RATES: JSON.stringify(DEMO_EXCHANGE_RATES),
    },
    // The bench counts requests; it must not be slowed by the budget it measures against.
    rateLimit: { limit: 1_000_000, windowMs: 60_000 },
    jobEnqueueLimit: { limit: 1_000_000, windowMs: 60_000 },
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
    const appRequests = (): number => host.requestCount(host.appToken);
    const loaded = await loadDemoFamily(api, () => undefined);
    if (!loaded.success) throw new Error(loaded.error.message);
    const bulk = Array.from({ length: BATCH_EVENTS }, (_, index) => ({
      id: `b0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      name: `Bench deal ${index}`,
      ownerId: memberId('deLam'),
      companyId: companyId(index % 2 === 0 ? 'de' : 'pl'),
      stage: 'PROPOSAL',
      shipToCountry: index % 3 === 0 ? 'FR' : 'PL',
      amount: { amountMicros: 1_000_000_000, currencyCode: 'EUR' },
    }));
    await graphql(
      'mutation Bulk($data: [OpportunityCreateInput!]!) { createOpportunities(data: $data) { id } }',
      { data: bulk },
    );
    await host.waitForIdle(300_000);
    const lines = (await graphql(
      '{ creditAllocations(filter: { status: { neq: REVERSED } }) { totalCount } }',
    )) as { creditAllocations: { totalCount: number } };
    const opportunities = (await graphql(
      '{ opportunities { totalCount } }',
    )) as { opportunities: { totalCount: number } };
    const linesPerOpportunity =
      lines.creditAllocations.totalCount /
      opportunities.opportunities.totalCount;

    let before = appRequests();
    for (let round = 0; round < SINGLE_EVENTS; round += 1) {
      await graphql(
        'mutation One($id: UUID!, $micros: BigFloat!) { updateOpportunity(id: $id, data: { amount: { amountMicros: $micros, currencyCode: "EUR" } }) { id } }',
        { id: bulk[round]?.id, micros: (2000 + round) * 1_000_000 },
      );
      await host.waitForIdle(60_000);
    }
    const perSingleEvent = (appRequests() - before) / SINGLE_EVENTS;

    before = appRequests();
    const started = Date.now();
    for (let round = 0; round < BATCH_ROUNDS; round += 1) {
      await graphql(
        'mutation All($micros: BigFloat!) { updateOpportunities(filter: { name: { like: "Bench deal%" } }, data: { amount: { amountMicros: $micros, currencyCode: "EUR" } }) { id } }',
        { micros: (3000 + round) * 1_000_000 },
      );
      await host.waitForIdle(300_000);
    }
    const batchEvents = BATCH_EVENTS * BATCH_ROUNDS;
    const perBatchedEvent = (appRequests() - before) / batchEvents;
    const hostSeconds = (Date.now() - started) / 1000;

    // The naive baseline: per event, read the opportunity, then read and write each of its lines.
    const naivePerEvent = 1 + 2 * linesPerOpportunity;
    const sustained = APP_BUDGET_PER_MINUTE / perBatchedEvent;
    const naiveSustained = APP_BUDGET_PER_MINUTE / naivePerEvent;
    console.log(
      `credit workflows on the host (built bundles, ${linesPerOpportunity.toFixed(2)} credit lines per opportunity)`,
    );
    console.log(
      `  requests per single event      ${perSingleEvent.toFixed(2)}   (goal ≤ 3; naive ${naivePerEvent.toFixed(2)}, ratio ${(naivePerEvent / perSingleEvent).toFixed(1)}x)`,
    );
    console.log(
      `  requests per event, batch ${BATCH_EVENTS}  ${perBatchedEvent.toFixed(3)}  (goal < 0.1; naive ${naivePerEvent.toFixed(2)}, ratio ${(naivePerEvent / perBatchedEvent).toFixed(0)}x)`,
    );
    console.log(
      `  sustained updates per minute   ${Math.floor(sustained).toLocaleString('en')} within ${APP_BUDGET_PER_MINUTE} requests/min (goal ≥ 10,000; naive ${Math.floor(naiveSustained).toLocaleString('en')})`,
    );
    console.log(
      `  host wall time                 ${batchEvents} batched updates processed in ${hostSeconds.toFixed(1)} s (${Math.round((batchEvents / hostSeconds) * 60).toLocaleString('en')} per minute on this machine)`,
    );
  } finally {
    await host.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
