// Requests per second of the Twenty-compatible host (packages/twenty-host) for
// single-record reads and 100-record batch writes, on embedded PGlite and on PostgreSQL
// (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). Prints figures only.
//
//   npm run bench:host-api -w bench

type HostHandle = {
  url: string;
  apiKey: string;
  stop: () => Promise<void>;
};
type HostPackage = {
  startTwentyHost: (options: { databaseUrl?: string }) => Promise<HostHandle>;
};

// Loaded at run time from the built package (its Nest decorators need the host's build).
const HOST_PACKAGE = '@global-accounts/twenty-host';

const READS = 400;
const BATCHES = 20;
const BATCH_SIZE = 100;

const post = async (
  host: HostHandle,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> => {
  const response = await fetch(`${host.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${host.apiKey}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
  if (body.errors !== undefined) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data ?? {};
};

const measure = async (
  label: string,
  count: number,
  work: (index: number) => Promise<unknown>,
): Promise<number> => {
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await work(index);
  const seconds = (performance.now() - started) / 1000;
  const perSecond = count / seconds;
  console.log(
    `  ${label.padEnd(34)} ${perSecond.toFixed(1).padStart(8)} req/s`,
  );
  return perSecond;
};

const benchDatabase = async (
  hostPackage: HostPackage,
  label: string,
  databaseUrl: string | undefined,
) => {
  const host = await hostPackage.startTwentyHost(
    databaseUrl === undefined ? {} : { databaseUrl },
  );
  try {
    console.log(`${label}`);
    const created = await post(
      host,
      'mutation($data: [CompanyCreateInput!]!) { createCompanies(data: $data) { id } }',
      {
        data: Array.from({ length: BATCH_SIZE }, (_, i) => ({
          name: `Seed ${i}`,
          employees: i,
        })),
      },
    );
    const ids = (created.createCompanies as { id: string }[]).map((c) => c.id);
    await measure('single-record read (company)', READS, (index) =>
      post(
        host,
        'query($id: UUID!) { company(filter: { id: { eq: $id } }) { id name employees annualRecurringRevenue { amountMicros currencyCode } } }',
        { id: ids[index % ids.length] },
      ),
    );
    const writes = await measure(
      `batch write (${BATCH_SIZE} companies)`,
      BATCHES,
      (batch) =>
        post(
          host,
          'mutation($data: [CompanyCreateInput!]!) { createCompanies(data: $data) { id } }',
          {
            data: Array.from({ length: BATCH_SIZE }, (_, i) => ({
              name: `Batch ${batch}-${i}`,
              annualRecurringRevenue: {
                amountMicros: i * 1_000_000,
                currencyCode: 'EUR',
              },
            })),
          },
        ),
    );
    console.log(
      `  ${'  = records written'.padEnd(34)} ${(writes * BATCH_SIZE).toFixed(0).padStart(8)} rec/s`,
    );
  } finally {
    await host.stop();
  }
};

const main = async () => {
  const specifier = HOST_PACKAGE;
  const hostPackage = (await import(specifier)) as HostPackage;
  await benchDatabase(
    hostPackage,
    'twenty-host on PGlite (embedded)',
    undefined,
  );
  const databaseUrl =
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  try {
    await benchDatabase(hostPackage, `twenty-host on PostgreSQL`, databaseUrl);
  } catch (error) {
    console.log(
      `PostgreSQL skipped (${databaseUrl}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
