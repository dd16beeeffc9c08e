// Issue 11: the nightly roll-up of 1,000 global accounts with 200,000 opportunities through the
// built app on the host. Accounts and companies are created through the API; the opportunities
// are inserted in bulk with SQL (no events: nothing else runs). Prints the API requests per
// account (goal ≤ 3) and the time of the nightly run and its follow-ups.
//
//   npm run bench:rollup-requests -w bench     (after `npm run build` at the root)
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (default; '' for embedded PGlite)
//   ROLLUP_ACCOUNTS=1000 ROLLUP_DEALS=200000 to choose the sizes
import path from 'node:path';

import { z } from 'zod';

import { createGraphqlClient } from '@global-accounts/twenty-gateway';
import { startTwentyHost } from '@global-accounts/twenty-host';

import { APP_OUTPUT } from './support/built-app.constant';

const ACCOUNTS = Number(process.env.ROLLUP_ACCOUNTS ?? '1000');
const DEALS = Number(process.env.ROLLUP_DEALS ?? '200000');
const COMPANIES_PER_ACCOUNT = 3;
const COUNTRIES = ['DE', 'PL', 'SE', 'FR', 'US'];
const PAGE = 200;

const id = (group: number, index: number): string =>
  `be0c${String(group).padStart(4, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

const main = async () => {
  const databaseUrl =
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const host = await startTwentyHost({
    manifestPath: path.join(APP_OUTPUT, 'manifest.json'),
    bundlesDir: APP_OUTPUT,
    databaseUrl: databaseUrl === '' ? undefined : databaseUrl,
    startAt: Date.UTC(2026, 9, 2, 8),
    applicationVariables: {
      EXCHANGE_RATES:
        '[{"fromCurrency":"EUR","toCurrency":"PLN","rate":"4.25"},{"fromCurrency":"EUR","toCurrency":"USD","rate":"1.08"}]',
    },
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
    const seedStarted = Date.now();
    for (let start = 0; start < ACCOUNTS; start += PAGE) {
      await graphql(
        'mutation A($data: [GlobalAccountCreateInput!]!) { createGlobalAccounts(data: $data) { id } }',
        {
          data: Array.from(
            { length: Math.min(PAGE, ACCOUNTS - start) },
            (_, offset) => ({
              id: id(1, start + offset),
              name: `Bench family ${start + offset}`,
              reportingCurrency: 'EUR',
              status: 'ACTIVE',
            }),
          ),
        },
      );
    }
    const companyCount = ACCOUNTS * COMPANIES_PER_ACCOUNT;
    for (let start = 0; start < companyCount; start += PAGE) {
      await graphql(
        'mutation C($data: [CompanyCreateInput!]!) { createCompanies(data: $data) { id } }',
        {
          data: Array.from(
            { length: Math.min(PAGE, companyCount - start) },
            (_, offset) => {
              const index = start + offset;
              const account = Math.floor(index / COMPANIES_PER_ACCOUNT);
              return {
                id: id(2, index),
                name: `Bench company ${index}`,
                countryCode: COUNTRIES[index % COUNTRIES.length],
                globalAccountId: id(1, account),
              };
            },
          ),
        },
      );
    }
    await host.waitForIdle(600_000);

    // 200,000 deals in one INSERT … SELECT: stages, currencies, countries and close dates spread.
    const database = host.service.database;
    const columns = (await database.query(
      'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
      [database.schemaName, 'opportunity'],
    )) as { column_name: string }[];
    const has = new Set(columns.map((column) => column.column_name));
    const wanted: [string, string][] = [
      ['id', 'gen_random_uuid()'],
      ['name', "'Bench deal ' || n"],
      [
        'companyId',
        `('be0c0002-0000-4000-8000-' || lpad(((n % ${companyCount}))::text, 12, '0'))::uuid`,
      ],
      [
        'stage',
        "(ARRAY['NEW','MEETING','PROPOSAL','CUSTOMER','CUSTOMER'])[1 + n % 5]",
      ],
      [
        'closeDate',
        "timestamptz '2025-11-01' + ((n % 360) || ' days')::interval",
      ],
      ['amountAmountMicros', '(1000 + n % 97) * 1000000::bigint'],
      ['amountCurrencyCode', "(ARRAY['EUR','EUR','PLN','USD'])[1 + n % 4]"],
      [
        'shipToCountry',
        `(ARRAY[${COUNTRIES.map((code) => `'${code}'`).join(',')}])[1 + n % ${COUNTRIES.length}]`,
      ],
      ['position', 'n'],
    ];
    const used = wanted.filter(([column]) => has.has(column));
    const missing = wanted
      .filter(([column]) => !has.has(column))
      .map(([column]) => column);
    if (missing.includes('amountAmountMicros') || missing.includes('companyId'))
      throw new Error(
        `unexpected opportunity columns: ${[...has].sort().join(', ')}`,
      );
    const insertStarted = Date.now();
    await database.query(
      `INSERT INTO ${quote(database.schemaName)}.${quote('opportunity')} (${used
        .map(([column]) => quote(column))
        .join(', ')}) SELECT ${used
        .map(([, value]) => value)
        .join(', ')} FROM generate_series(1, ${DEALS}) AS n`,
    );
    const insertSeconds = (Date.now() - insertStarted) / 1000;
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    const runsBefore = host.runs().length;
    const started = Date.now();
    const nightly = await host.runCron('recompute-rollups-nightly');
    await host.waitForIdle(1_800_000);
    const wallSeconds = (Date.now() - started) / 1000;
    const runs = [
      nightly,
      ...host
        .runs()
        .slice(runsBefore)
        .filter(
          (run) =>
            run.functionName === 'recompute-rollups-batch' &&
            run.id !== nightly.id,
        ),
    ];
    const failed = runs.filter((run) => run.status !== 'succeeded');
    if (failed.length > 0)
      throw new Error(
        `roll-up runs failed: ${JSON.stringify(failed.map((run) => run.error))}`,
      );
    const requests = runs.reduce((sum, run) => sum + run.requestCount, 0);
    const statuses = (await graphql(
      `
        query S($filter: GlobalAccountFilterInput) {
          globalAccounts(filter: $filter) {
            totalCount
          }
        }
      `,
      { filter: { rollupStatus: { eq: 'OK' } } },
    )) as { globalAccounts: { totalCount: number } };
    console.log(
      `${ACCOUNTS.toLocaleString('en-US')} accounts, ${companyCount.toLocaleString('en-US')} companies, ${DEALS.toLocaleString('en-US')} opportunities (${databaseUrl === '' ? 'PGlite' : 'PostgreSQL'})`,
    );
    console.log(
      `seeding ${seedSeconds.toFixed(1)} s (SQL insert of the opportunities ${insertSeconds.toFixed(1)} s)`,
    );
    console.log(
      `roll-up runs: ${runs.length} (nightly + ${runs.length - 1} follow-ups), ${requests} API requests = ${(requests / ACCOUNTS).toFixed(3)} per account (goal ≤ 3)`,
    );
    console.log(
      `time: ${wallSeconds.toFixed(1)} s wall until idle, runs ${(runs.reduce((sum, run) => sum + run.durationMs, 0) / 1000).toFixed(1)} s (host time, pacing pauses included)`,
    );
    console.log(
      `accounts with rollupStatus OK: ${statuses.globalAccounts.totalCount}`,
    );
    console.log(`nightly result: ${JSON.stringify(nightly.result)}`);
  } finally {
    await host.stop();
  }
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
