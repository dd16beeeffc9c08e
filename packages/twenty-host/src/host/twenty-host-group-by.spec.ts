import {
  createGraphqlClient,
  fixtureHostOptions,
} from '../testing/host-test-client.util';
import { type TwentyHost, startTwentyHost } from './start-twenty-host';

// Connection aggregates and `<objects>GroupBy` through the GraphQL API, as Twenty defines
// them (get-available-aggregations-from-object-fields.util.ts, get-resolver-args.util.ts
// 'groupBy', group-by-connection-gql-object-type.generator.ts,
// common-group-by-query-runner.service.ts, get-group-by-expression.util.ts).

let host: TwentyHost;
let gql: ReturnType<typeof createGraphqlClient>;
let acmeId: string;
let globexId: string;

const call = async (query: string, variables: Record<string, unknown> = {}) => {
  const result = await gql(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data ?? {};
};

const money = (amountMicros: number, currencyCode: string) => ({
  amountMicros,
  currencyCode,
});

beforeAll(async () => {
  const startedAt = Date.now();
  host = await startTwentyHost(fixtureHostOptions());
  gql = createGraphqlClient(host.url, host.apiKey);
  const companies = (await call(
    `mutation { createCompanies(data: [{ name: "Acme" }, { name: "Globex" }]) { id name } }`,
  )) as { createCompanies: { id: string; name: string }[] };
  acmeId = companies.createCompanies.find((c) => c.name === 'Acme')?.id ?? '';
  globexId =
    companies.createCompanies.find((c) => c.name === 'Globex')?.id ?? '';
  await call(
    `mutation($data: [WidgetCreateInput!]!) { createWidgets(data: $data) { id } }`,
    {
      data: [
        {
          name: 'a',
          status: 'ACTIVE',
          quantity: 2,
          price: money(1_500_000, 'EUR'),
          launchDate: '2026-01-10',
          companyId: acmeId,
        },
        {
          name: 'b',
          status: 'ACTIVE',
          quantity: 3,
          price: money(2_500_000, 'EUR'),
          launchDate: '2026-01-31',
          companyId: acmeId,
        },
        {
          name: 'c',
          status: 'ACTIVE',
          quantity: 5,
          price: money(7_000_000, 'USD'),
          launchDate: '2026-02-01',
          companyId: globexId,
        },
        {
          name: 'd',
          status: 'DRAFT',
          quantity: null,
          price: money(1_000_000, 'USD'),
          launchDate: '2026-04-15',
          companyId: globexId,
        },
        {
          name: 'e',
          status: null,
          quantity: 11,
          price: null,
          launchDate: null,
          companyId: null,
        },
      ],
    },
  );
  // 23:30 in Paris on 31 March is 21:30 UTC: March in Europe/Paris.
  await call(
    `mutation($data: [OpportunityCreateInput!]!) { createOpportunities(data: $data) { id } }`,
    {
      data: [
        {
          name: 'o1',
          stage: 'CUSTOMER',
          amount: money(10_000_000, 'EUR'),
          closeDate: '2026-03-31T21:30:00Z',
          companyId: acmeId,
        },
        {
          name: 'o2',
          stage: 'CUSTOMER',
          amount: money(5_000_000, 'EUR'),
          closeDate: '2026-03-31T22:30:00Z',
          companyId: acmeId,
        },
        {
          name: 'o3',
          stage: 'PROPOSAL',
          amount: money(3_000_000, 'EUR'),
          closeDate: '2026-04-02T10:00:00Z',
          companyId: globexId,
        },
      ],
    },
  );
  process.stderr.write(`seeded in ${Date.now() - startedAt} ms\n`);
});

afterAll(async () => {
  await host.stop();
});

describe('connection aggregates', () => {
  it('computes totalCount, sum/min/max/avg and countEmpty/countNotEmpty over the filter', async () => {
    const data = await call(
      `{ widgets(filter: { status: { eq: ACTIVE } }, orderBy: [{ name: AscNullsLast }], first: 1) { totalCount sumQuantity minQuantity maxQuantity avgQuantity sumPriceAmountMicros minPriceAmountMicros maxPriceAmountMicros avgPriceAmountMicros countEmptyQuantity countNotEmptyLaunchDate edges { node { name } } } }`,
    );
    expect(data.widgets).toEqual({
      totalCount: 3,
      sumQuantity: 10,
      minQuantity: 2,
      maxQuantity: 5,
      avgQuantity: 10 / 3,
      sumPriceAmountMicros: 11_000_000,
      minPriceAmountMicros: 1_500_000,
      maxPriceAmountMicros: 7_000_000,
      avgPriceAmountMicros: 11_000_000 / 3,
      countEmptyQuantity: 0,
      countNotEmptyLaunchDate: 3,
      edges: [{ node: { name: 'a' } }],
    });
    const all = await call(
      `{ widgets { countEmptyQuantity countEmptyStatus countNotEmptyPrice } }`,
    );
    expect(all.widgets).toEqual({
      countEmptyQuantity: 1,
      countEmptyStatus: 1,
      countNotEmptyPrice: 4,
    });
  });
});

describe('groupBy', () => {
  it('groups by a SELECT field with aggregates per group, ordered by an aggregate', async () => {
    const data = await call(
      `{ widgetsGroupBy(groupBy: [{ status: true }], orderBy: [{ aggregate: { totalCount: DescNullsLast } }]) { groupByDimensionValues totalCount sumQuantity } }`,
    );
    expect(data.widgetsGroupBy).toEqual([
      { groupByDimensionValues: ['ACTIVE'], totalCount: 3, sumQuantity: 10 },
      { groupByDimensionValues: ['DRAFT'], totalCount: 1, sumQuantity: null },
      { groupByDimensionValues: [null], totalCount: 1, sumQuantity: 11 },
    ]);
  });

  it('groups by currency code and a relation id, within a filter', async () => {
    const data = await call(
      `query($ids: [UUID!]) { widgetsGroupBy(groupBy: [{ companyId: true }, { price: { currencyCode: true } }], filter: { companyId: { in: $ids } }, orderBy: [{ price: { currencyCode: AscNullsLast } }]) { groupByDimensionValues totalCount sumPriceAmountMicros } }`,
      { ids: [acmeId, globexId] },
    );
    expect(data.widgetsGroupBy).toEqual([
      {
        groupByDimensionValues: [acmeId, 'EUR'],
        totalCount: 2,
        sumPriceAmountMicros: 4_000_000,
      },
      {
        groupByDimensionValues: [globexId, 'USD'],
        totalCount: 2,
        sumPriceAmountMicros: 8_000_000,
      },
    ]);
  });

  it('groups a DATE by month and a TEXT field, with a limit', async () => {
    const data = await call(
      `{ widgetsGroupBy(groupBy: [{ launchDate: { granularity: MONTH } }], filter: { launchDate: { is: NOT_NULL } }, orderBy: [{ launchDate: { orderBy: AscNullsLast, granularity: MONTH } }]) { groupByDimensionValues totalCount sumQuantity } }`,
    );
    expect(data.widgetsGroupBy).toEqual([
      { groupByDimensionValues: ['2026-01-01'], totalCount: 2, sumQuantity: 5 },
      { groupByDimensionValues: ['2026-02-01'], totalCount: 1, sumQuantity: 5 },
      {
        groupByDimensionValues: ['2026-04-01'],
        totalCount: 1,
        sumQuantity: null,
      },
    ]);
    const limited = await call(
      `{ widgetsGroupBy(groupBy: [{ name: true }], limit: 2) { groupByDimensionValues } }`,
    );
    expect(limited.widgetsGroupBy).toEqual([
      { groupByDimensionValues: ['a'] },
      { groupByDimensionValues: ['b'] },
    ]);
  });

  it('groups a DATE_TIME by month in the given time zone', async () => {
    const data = await call(
      `{ opportunitiesGroupBy(groupBy: [{ closeDate: { granularity: MONTH, timeZone: "Europe/Paris" } }, { amount: { currencyCode: true } }]) { groupByDimensionValues totalCount sumAmountAmountMicros } }`,
    );
    expect(data.opportunitiesGroupBy).toEqual([
      {
        groupByDimensionValues: ['2026-03-01', 'EUR'],
        totalCount: 1,
        sumAmountAmountMicros: 10_000_000,
      },
      {
        groupByDimensionValues: ['2026-04-01', 'EUR'],
        totalCount: 2,
        sumAmountAmountMicros: 8_000_000,
      },
    ]);
  });

  it('refuses a DATE_TIME month without time zone with Twenty error', async () => {
    const result = await gql(
      `{ opportunitiesGroupBy(groupBy: [{ closeDate: { granularity: MONTH } }]) { totalCount } }`,
    );
    expect(result.errors?.[0]).toMatchObject({
      message:
        'Time zone should be specified for a group by date on Day, Week, Month, Quarter or Year',
      extensions: {
        code: 'BAD_USER_INPUT',
        subCode: 'MISSING_TIMEZONE_FOR_DATE_GROUP_BY',
      },
    });
  });

  it('counts as one root field against the app budget', async () => {
    // The fixture app's functions still run on the seeding's events, with the same token.
    await host.waitForIdle(60_000);
    const before = host.requestCount(host.appToken);
    const app = createGraphqlClient(host.url, host.appToken);
    const result = await app(
      `{ opportunitiesGroupBy(groupBy: [{ stage: true }]) { groupByDimensionValues totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(host.requestCount(host.appToken)).toBe(before + 1);
  });
});
