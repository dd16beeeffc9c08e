import {
  createGraphqlClient,
  fixtureHostOptions,
} from '../testing/host-test-client.util';
import { type TwentyHost, startTwentyHost } from './start-twenty-host';

// DATE and DATE_TIME through the GraphQL API as Twenty serves them: DATE is the `Date`
// scalar carrying 'YYYY-MM-DD' text, DATE_TIME the `DateTime` scalar carrying an ISO instant
// (type-mapper.service.ts); bad input fails with the data-arg validators' errors
// (validate-date-field-or-throw.util.ts, validate-date-time-field-or-throw.util.ts).

let host: TwentyHost;
let gql: ReturnType<typeof createGraphqlClient>;

beforeAll(async () => {
  host = await startTwentyHost(fixtureHostOptions());
  gql = createGraphqlClient(host.url, host.apiKey);
});

afterAll(async () => {
  await host.stop();
});

const countWidgets = async (): Promise<number> => {
  const result = await gql(`{ widgets { totalCount } }`);
  return (result.data?.widgets as { totalCount: number }).totalCount;
};

describe('dates', () => {
  it('types DATE as Date and DATE_TIME as DateTime in the schema', () => {
    const sdl = host.schemaSdl();
    expect(sdl).toMatch(/type Widget [^}]*launchDate: Date\n/);
    expect(sdl).toMatch(/input WidgetCreateInput [^}]*launchDate: Date\n/);
    expect(sdl).toMatch(/type Opportunity [^}]*closeDate: DateTime\n/);
    expect(sdl).toMatch(
      /input WidgetFilterInput [^}]*launchDate: DateFilter\n/,
    );
  });

  it('returns a DATE as the day written and a DATE_TIME as an ISO instant', async () => {
    const widget = await gql(
      `mutation($data: WidgetCreateInput!) { createWidget(data: $data) { launchDate } }`,
      { data: { name: 'Dated', launchDate: '2026-01-31' } },
    );
    expect(widget.errors).toBeUndefined();
    expect(widget.data?.createWidget).toEqual({ launchDate: '2026-01-31' });

    const deal = await gql(
      `mutation { createOpportunity(data: { name: "Deal", closeDate: "2026-01-31T12:15:00+02:00" }) { id closeDate } }`,
    );
    expect(deal.errors).toBeUndefined();
    const { id, closeDate } = deal.data?.createOpportunity as {
      id: string;
      closeDate: string;
    };
    expect(closeDate).toBe('2026-01-31T10:15:00.000Z');

    const found = await gql(
      `query($id: UUID!) { opportunities(filter: { and: [{ id: { eq: $id } }, { closeDate: { gte: "2026-01-31T12:15:00+02:00" } }, { closeDate: { lt: "2026-02-01" } }] }) { edges { node { closeDate } } } }`,
      { id },
    );
    expect(found.data?.opportunities).toEqual({
      edges: [{ node: { closeDate: '2026-01-31T10:15:00.000Z' } }],
    });
  });

  it('reads a DATE written as an ISO date-time as its day', async () => {
    const widget = await gql(
      `mutation { createWidget(data: { name: "Day of", launchDate: "2026-03-05T23:30:00.000Z" }) { launchDate } }`,
    );
    expect(widget.data?.createWidget).toEqual({ launchDate: '2026-03-05' });
  });

  it('refuses an unreadable DATE with Twenty error and writes nothing', async () => {
    const before = await countWidgets();
    const result = await gql(
      `mutation($data: [WidgetCreateInput!]!) { createWidgets(data: $data) { id } }`,
      {
        data: [
          { name: 'Fine', launchDate: '2026-04-01' },
          { name: 'Broken', launchDate: '31/31/2026' },
        ],
      },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: `Invalid value '31/31/2026' for date field "launchDate". Expected format: 'YYYY-MM-DD'`,
      extensions: {
        code: 'BAD_USER_INPUT',
        subCode: 'INVALID_ARGS_DATA',
        userFriendlyMessage: `Invalid value for date: "'31/31/2026'". Expected format: 'YYYY-MM-DD'`,
      },
    });
    expect(await countWidgets()).toBe(before);
  });

  it('refuses an unreadable DATE_TIME as Twenty does (the scalar made it an Invalid Date)', async () => {
    const result = await gql(
      `mutation($data: OpportunityCreateInput!) { createOpportunity(data: $data) { id } }`,
      { data: { name: 'Never', closeDate: 'next quarter' } },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: `Invalid value Invalid Date for date-time field "closeDate". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`,
      extensions: { code: 'BAD_USER_INPUT', subCode: 'INVALID_ARGS_DATA' },
    });
  });
});
