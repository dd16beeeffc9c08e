// Issue 9: recomputing one framework agreement costs at most 3 API requests whatever its deal
// count (load, details with the volume group-by, one write). Prints the requests and the time
// of one recompute (the on-framework-agreement-updated run of the built app on the host) for
// agreements with 100, 10,000 and 100,000 won deals. The deals are seeded in bulk through the
// API with their creation events dropped (nothing else should run while seeding).
//
//   npm run bench:agreement-requests -w bench     (after `npm run build` at the root)
//   AGREEMENT_DEALS=100,10000 to choose the sizes
import path from 'node:path';

import { z } from 'zod';

import { createGraphqlClient } from '@global-accounts/twenty-gateway';
import { startTwentyHost } from '@global-accounts/twenty-host';

import { APP_OUTPUT } from './support/built-app.constant';

const CREATE_PAGE = 200;
const ACCOUNT = 'a9e10000-0000-4000-8000-000000000001';
const AGREEMENT = 'a9e10000-0000-4000-8000-000000000002';
const COMPANIES = [
  'a9e10000-0000-4000-8000-000000000011',
  'a9e10000-0000-4000-8000-000000000012',
  'a9e10000-0000-4000-8000-000000000013',
];

const sizes = (process.env.AGREEMENT_DEALS ?? '100,10000,100000')
  .split(',')
  .map((value) => Number(value.trim()));

type Measured = {
  deals: number;
  seedSeconds: number;
  requests: number;
  runMs: number;
  volumeToDate: string;
};

const measure = async (deals: number): Promise<Measured> => {
  const host = await startTwentyHost({
    manifestPath: path.join(APP_OUTPUT, 'manifest.json'),
    bundlesDir: APP_OUTPUT,
    databaseUrl:
      process.env.DATABASE_URL === '' ? undefined : process.env.DATABASE_URL,
    startAt: Date.UTC(2026, 11, 15, 8),
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
    await graphql(
      `mutation { createGlobalAccount(data: { id: "${ACCOUNT}", name: "Bench family", status: ACTIVE }) { id } }`,
    );
    await graphql(
      'mutation Companies($data: [CompanyCreateInput!]!) { createCompanies(data: $data) { id } }',
      {
        data: COMPANIES.map((id, index) => ({
          id,
          name: `Bench ${index}`,
          countryCode: ['DE', 'PL', 'SE'][index],
          globalAccountId: ACCOUNT,
        })),
      },
    );
    await graphql(
      `mutation { createFrameworkAgreement(data: { id: "${AGREEMENT}", name: "Bench agreement", globalAccountId: "${ACCOUNT}", status: ACTIVE, startDate: "2026-01-01", endDate: "2026-12-31", currency: "EUR", retroactive: true }) { id } }`,
    );
    await graphql(
      'mutation Tiers($data: [RebateTierCreateInput!]!) { createRebateTiers(data: $data) { id } }',
      {
        data: [
          [1_000_000, 2],
          [50_000_000, 4],
        ].map(([from = 0, percent]) => ({
          name: `from ${from}`,
          frameworkAgreementId: AGREEMENT,
          fromVolume: { amountMicros: from * 1_000_000, currencyCode: 'EUR' },
          rebatePercent: percent,
        })),
      },
    );
    await host.waitForIdle(600_000);
    const seedStarted = Date.now();
    const pages = Math.ceil(deals / CREATE_PAGE);
    host.faults.dropNext({
      count: pages * 10,
      target: { eventName: 'opportunity.created' },
    });
    for (let start = 0; start < deals; start += CREATE_PAGE) {
      await graphql(
        'mutation Bulk($data: [OpportunityCreateInput!]!) { createOpportunities(data: $data) { id } }',
        {
          data: Array.from(
            { length: Math.min(CREATE_PAGE, deals - start) },
            (_, offset) => {
              const index = start + offset;
              const day = new Date(Date.UTC(2026, 0, 1 + (index % 340)));
              return {
                name: `Won deal ${index}`,
                companyId: COMPANIES[index % COMPANIES.length],
                stage: 'CUSTOMER',
                closeDate: day.toISOString(),
                amount: {
                  amountMicros: 1_000_000_000 + (index % 7) * 1_000_000,
                  currencyCode: 'EUR',
                },
                // One deal in ten is bought outside the agreement.
                frameworkAgreementId: index % 10 === 0 ? null : AGREEMENT,
              };
            },
          ),
        },
      );
    }
    await host.waitForIdle(600_000);
    host.faults.clear();
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    const runsBefore = host.runs().length;
    await graphql(
      `mutation { updateFrameworkAgreement(id: "${AGREEMENT}", data: { retroactive: false }) { id } }`,
    );
    await host.waitForIdle(600_000);
    const run = host
      .runs()
      .slice(runsBefore)
      .find((one) => one.functionName === 'on-framework-agreement-updated');
    if (run === undefined || run.status !== 'succeeded')
      throw new Error(
        `the recompute did not succeed: ${JSON.stringify(run?.error)}`,
      );
    const progress = (await graphql(
      `{ frameworkAgreement(filter: { id: { eq: "${AGREEMENT}" } }) { volumeToDate { amountMicros currencyCode } } }`,
    )) as {
      frameworkAgreement: {
        volumeToDate: { amountMicros: number; currencyCode: string };
      };
    };
    return {
      deals,
      seedSeconds,
      requests: run.requestCount,
      runMs: run.durationMs,
      volumeToDate: `${progress.frameworkAgreement.volumeToDate.amountMicros / 1_000_000} ${progress.frameworkAgreement.volumeToDate.currencyCode}`,
    };
  } finally {
    await host.stop();
  }
};

const main = async () => {
  const rows: Measured[] = [];
  for (const deals of sizes) {
    rows.push(await measure(deals));
    process.stderr.write(`measured ${deals} deals\n`);
  }
  const header = [
    'won deals',
    'requests',
    'recompute run (ms)',
    'volume to date',
    'seeding (s)',
  ];
  const lines = rows.map((row) => [
    row.deals.toLocaleString('en-US'),
    String(row.requests),
    String(Math.round(row.runMs)),
    row.volumeToDate,
    row.seedSeconds.toFixed(1),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const print = (cells: string[]) =>
    console.log(
      cells
        .map((cell, column) => cell.padStart(widths[column] ?? 0))
        .join('  '),
    );
  print(header);
  print(widths.map((width) => '-'.repeat(width)));
  lines.forEach(print);
  console.log(
    'One recompute = the on-framework-agreement-updated run of the built app (process start included), one agreement, 3 companies; the limit is 3 requests whatever the deal count.',
  );
};

void main();
