// The main job: the app's built bundles on the Twenty-compatible host, the Nordlys demo family
// loaded through the API, the workflows left to run, then a summary of the credit ledger.
// The API stays up for exploration until Ctrl+C.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { z } from 'zod';

import {
  DEMO_CORRECTION,
  DEMO_EXCHANGE_RATES,
  DEMO_GLOBAL_ACCOUNT,
  DEMO_OPPORTUNITIES,
  DEMO_PERIOD_TO_CLOSE,
  loadDemoFamily,
} from '@global-accounts/seeds';
import {
  createGraphqlClient,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';
import { startTwentyHost, type TwentyHost } from '@global-accounts/twenty-host';

import {
  formatConflictReport,
  loadConflictReport,
} from './conflict-report.util';
import { formatAgreementReport } from './format-agreement-report.util';
import { loadAgreementReport } from './load-agreement-report.util';
import { formatRollupReport, loadRollupReport } from './rollup-report.util';
import { personName } from './person-name.util';
import { installAppWithCli } from './install-app-with-cli.util';
import {
  formatTable,
  summariseLedger,
  type LedgerRow,
} from './summarise-ledger.util';

const APP_OUTPUT = resolve(__dirname, '..', '.twenty', 'output');

const ledgerSchema = z.object({
  creditAllocations: z.object({
    edges: z.array(
      z.object({
        node: z.object({
          countryCode: z.string().nullable(),
          creditType: z.string(),
          period: z.string(),
          status: z.string(),
          reportingAmount: z
            .object({
              amountMicros: z.number().nullable(),
              currencyCode: z.string().nullable(),
            })
            .nullable(),
          recipient: z
            .object({
              name: z.object({
                firstName: z.string().nullable(),
                lastName: z.string().nullable(),
              }),
            })
            .nullable(),
        }),
      }),
    ),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  }),
});

const step = async (
  host: TwentyHost,
  label: string,
  action: () => Promise<void>,
): Promise<void> => {
  const started = Date.now();
  process.stdout.write(`${label} … `);
  await action();
  await host.waitForIdle(120_000);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

const orThrow = async <TData>(
  result: Promise<
    | { success: true; data: TData }
    | { success: false; error: { message: string } }
  >,
): Promise<TData> => {
  const settled = await result;
  if (!settled.success) throw new Error(settled.error.message);
  return settled.data;
};

const loadLedger = async (client: GraphqlClient): Promise<LedgerRow[]> => {
  const rows: LedgerRow[] = [];
  let after: string | null = null;
  do {
    const page: z.infer<typeof ledgerSchema> = await orThrow(
      client.request(
        `query Ledger($after: String) { creditAllocations(first: 200, after: $after) { edges { node {
        countryCode creditType period status reportingAmount { amountMicros currencyCode } recipient { name { firstName lastName } } } }
        pageInfo { hasNextPage endCursor } } }`,
        { after },
        ledgerSchema,
      ),
    );
    for (const { node } of page.creditAllocations.edges) {
      rows.push({
        ...node,
        recipient: personName(node.recipient?.name),
      });
    }
    after = page.creditAllocations.pageInfo.hasNextPage
      ? page.creditAllocations.pageInfo.endCursor
      : null;
  } while (after !== null);
  return rows;
};

const printSummary = async (
  host: TwentyHost,
  client: GraphqlClient,
): Promise<void> => {
  const summary = summariseLedger(await loadLedger(client));
  console.log(
    '\nCredit by period, recipient and country (reporting currency; revenue counts toward targets, overlay is shadow credit)\n',
  );
  console.log(
    formatTable(
      ['period', 'recipient', 'country', 'revenue', 'overlay'],
      summary.rows.map((row) => [
        row.period,
        row.recipient,
        row.country,
        row.revenue,
        row.overlay,
      ]),
      2,
    ),
  );
  if (summary.unconverted > 0)
    console.log(
      `\n${summary.unconverted} line(s) have no reporting amount: add the missing exchange rate.`,
    );
  console.log(
    `\n${formatConflictReport(await orThrow(loadConflictReport(client)))}`,
  );
  console.log(
    `\n${formatAgreementReport(await orThrow(loadAgreementReport(client)))}`,
  );
  console.log(
    `\n${formatRollupReport(await orThrow(loadRollupReport(client)))}`,
  );
  const runs = host.runs();
  console.log(
    `\n${runs.length} logic-function runs (${runs.filter((run) => run.status !== 'succeeded').length} not succeeded), ${host.requestCount(host.appToken)} API requests by the app.`,
  );
};

const main = async (): Promise<void> => {
  const manifestPath = resolve(APP_OUTPUT, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(
      `No built app at ${manifestPath}: run "npm run build" at the repository root first.`,
    );
  const databaseUrl =
    process.env.DATABASE_URL === undefined || process.env.DATABASE_URL === ''
      ? undefined
      : process.env.DATABASE_URL;
  console.log(
    `Starting the Twenty-compatible host (${databaseUrl === undefined ? 'embedded PGlite' : 'PostgreSQL from DATABASE_URL'}) and installing the app with the twenty CLI`,
  );
  const host = await startTwentyHost({
    databaseUrl,
    port: Number(process.env.PORT ?? 2020),
    applicationVariables: {
      EXCHANGE_RATES: JSON.stringify(DEMO_EXCHANGE_RATES),
    },
  });
  const stop = (): void => {
    console.log('\nStopping…');
    host.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await installAppWithCli({ url: host.url, apiKey: host.apiKey });
  const client = createGraphqlClient({ apiUrl: host.url, token: host.apiKey });
  await step(
    host,
    'Loading the Nordlys family and letting the workflows run',
    async () => {
      await orThrow(loadDemoFamily(client, () => undefined));
    },
  );
  // Two steps, each waited for: the close makes the period's settlements FINAL before the
  // correction arrives, which then lands in the next period (credit adjustments, rebate settlement).
  await step(host, `Closing ${DEMO_PERIOD_TO_CLOSE}`, async () => {
    await orThrow(
      client.request(
        'mutation Close($name: String!) { updateCreditPeriods(filter: { name: { eq: $name } }, data: { state: CLOSED }) { id } }',
        { name: DEMO_PERIOD_TO_CLOSE },
        z.unknown(),
      ),
    );
  });
  await step(
    host,
    `Correcting a won deal of ${DEMO_PERIOD_TO_CLOSE}`,
    async () => {
      await orThrow(
        client.request(
          'mutation Correct($id: UUID!, $micros: BigFloat!) { updateOpportunity(id: $id, data: { amount: { amountMicros: $micros, currencyCode: "EUR" } }) { id } }',
          {
            id: DEMO_CORRECTION.opportunity,
            micros: DEMO_CORRECTION.amount * 1_000_000,
          },
          z.unknown(),
        ),
      );
    },
  );
  // The radar's company steps run on events once the dispatcher lists them; the nightly batch
  // matches every company whatever happened during the day.
  await step(host, 'Running the nightly conflict radar', async () => {
    const run = await host.runCron('conflict-radar-nightly');
    if (run.status !== 'succeeded')
      throw new Error(
        `the nightly conflict radar failed: ${run.error?.message ?? ''}`,
      );
  });
  // The roll-ups follow team and conflict events; the nightly run also counts the deals.
  await step(host, 'Computing the roll-ups (the nightly run)', async () => {
    const run = await host.runCron('recompute-rollups-nightly');
    if (run.status !== 'succeeded')
      throw new Error(`the roll-up run failed: ${run.error?.message ?? ''}`);
  });
  await printSummary(host, client);
  console.log(
    `\nThe cockpit of ${DEMO_GLOBAL_ACCOUNT.name}, as its page in Twenty shows it: ${host.url}/front-components/account-cockpit?recordId=${DEMO_GLOBAL_ACCOUNT.id}`,
  );
  const deal = DEMO_OPPORTUNITIES[0];
  if (deal !== undefined)
    console.log(
      `The credit split editor of "${deal.name}" (its "Credit split" tab in Twenty): ${host.url}/front-components/edit-credit-split?recordId=${deal.id}`,
    );
  console.log(`Workspace GraphQL API: ${host.url}/graphql`);
  console.log(`API key (Authorization: Bearer …): ${host.apiKey}`);
  console.log(
    `Check the installation end to end, in another terminal: npm run verify -- --api-url ${host.url} --api-key ${host.apiKey}`,
  );
  console.log('Explore it with any GraphQL client; press Ctrl+C to stop.');
  if (process.env.SANDBOX_EXIT_AFTER_SUMMARY === 'true') stop();
};

main().catch((error: unknown) => {
  console.error(
    `\nThe sandbox could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
