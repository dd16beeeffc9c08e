import {
  createGraphqlClient,
  fixtureHostOptions,
} from '../testing/host-test-client.util';
import { type TwentyHost, startTwentyHost } from './start-twenty-host';

// CRUD, filters, paging, composites, errors and limits through the HTTP API, on PGlite
// (default) or PostgreSQL (DATABASE_URL).

let host: TwentyHost;
let gql: ReturnType<typeof createGraphqlClient>;
let acmeId: string;

type Widget = {
  id: string;
  name: string | null;
  quantity: number | null;
  status: string | null;
};

const WIDGET_FIELDS = 'id name quantity status';

const widgetNames = async (filter: unknown): Promise<string[]> => {
  const result = await gql(
    `query($filter: WidgetFilterInput) { widgets(filter: $filter, orderBy: [{ name: AscNullsLast }]) { edges { node { name } } } }`,
    { filter },
  );
  expect(result.errors).toBeUndefined();
  const widgets = result.data?.widgets as {
    edges: { node: { name: string } }[];
  };
  return widgets.edges.map((edge) => edge.node.name);
};

beforeAll(async () => {
  host = await startTwentyHost(
    fixtureHostOptions({
      queryMaxRecords: 20,
      rateLimit: { limit: 5, windowMs: 60_000 },
    }),
  );
  gql = createGraphqlClient(host.url, host.apiKey);
  const company = await gql(
    `mutation { createCompany(data: { name: "Acme", domainName: { primaryLinkUrl: "acme.com" }, address: { addressCity: "Lyon", addressCountry: "France" }, annualRecurringRevenue: { amountMicros: 1500000000, currencyCode: "EUR" } }) { id } }`,
  );
  acmeId = (company.data?.createCompany as { id: string }).id;
  const seeded = await gql(
    `mutation($data: [WidgetCreateInput!]!) { createWidgets(data: $data) { id } }`,
    {
      data: [
        {
          name: 'Alpha',
          quantity: 1,
          status: 'ACTIVE',
          tags: ['red', 'big'],
          specs: { colour: 'red' },
          launchDate: '2026-01-10',
          price: { amountMicros: 1000000, currencyCode: 'EUR' },
          companyId: acmeId,
          sku: 'A-1',
        },
        {
          name: 'Beta',
          quantity: 5,
          status: 'DRAFT',
          tags: ['blue'],
          specs: { colour: 'blue' },
          launchDate: '2026-03-01',
          price: { amountMicros: 25000000, currencyCode: 'USD' },
          sku: 'B-1',
        },
        {
          name: 'gamma',
          quantity: 10,
          status: 'RETIRED',
          tags: [],
          launchDate: '2026-06-30',
          price: { amountMicros: 99000000, currencyCode: 'EUR' },
          companyId: acmeId,
        },
        { name: 'Delta', status: 'ACTIVE' },
      ],
    },
  );
  expect(seeded.errors).toBeUndefined();
  await host.waitForIdle();
});

afterAll(async () => {
  await host.stop();
});

describe('find-many filters', () => {
  it.each([
    { title: 'eq', filter: { name: { eq: 'Alpha' } }, expected: ['Alpha'] },
    {
      title: 'neq',
      filter: { name: { neq: 'Alpha' } },
      expected: ['Beta', 'Delta', 'gamma'],
    },
    {
      title: 'in',
      filter: { name: { in: ['Beta', 'Delta'] } },
      expected: ['Beta', 'Delta'],
    },
    {
      title: 'is NULL',
      filter: { quantity: { is: 'NULL' } },
      expected: ['Delta'],
    },
    {
      title: 'is NOT_NULL',
      filter: { quantity: { is: 'NOT_NULL' } },
      expected: ['Alpha', 'Beta', 'gamma'],
    },
    {
      title: 'like',
      filter: { name: { like: '%ta' } },
      expected: ['Beta', 'Delta'],
    },
    { title: 'ilike', filter: { name: { ilike: 'G%' } }, expected: ['gamma'] },
    {
      title: 'startsWith',
      filter: { name: { startsWith: 'Al' } },
      expected: ['Alpha'],
    },
    {
      title: 'endsWith',
      filter: { name: { endsWith: 'mma' } },
      expected: ['gamma'],
    },
    {
      title: 'gt',
      filter: { quantity: { gt: 1 } },
      expected: ['Beta', 'gamma'],
    },
    {
      title: 'gte',
      filter: { quantity: { gte: 5 } },
      expected: ['Beta', 'gamma'],
    },
    { title: 'lt', filter: { quantity: { lt: 5 } }, expected: ['Alpha'] },
    {
      title: 'lte',
      filter: { quantity: { lte: 5 } },
      expected: ['Alpha', 'Beta'],
    },
    {
      title: 'select eq',
      filter: { status: { eq: 'ACTIVE' } },
      expected: ['Alpha', 'Delta'],
    },
    {
      title: 'select in',
      filter: { status: { in: ['DRAFT', 'RETIRED'] } },
      expected: ['Beta', 'gamma'],
    },
    {
      title: 'select containsAny',
      filter: { status: { containsAny: ['RETIRED'] } },
      expected: ['gamma'],
    },
    {
      title: 'array containsIlike',
      filter: { tags: { containsIlike: 'BLU' } },
      expected: ['Beta'],
    },
    {
      title: 'array isEmptyArray',
      filter: { tags: { isEmptyArray: true } },
      expected: ['Delta', 'gamma'],
    },
    {
      title: 'raw json like',
      filter: { specs: { like: '%red%' } },
      expected: ['Alpha'],
    },
    {
      title: 'date gte',
      filter: { launchDate: { gte: '2026-03-01' } },
      expected: ['Beta', 'gamma'],
    },
    {
      title: 'currency sub-field',
      filter: { price: { amountMicros: { gte: 25000000 } } },
      expected: ['Beta', 'gamma'],
    },
    {
      title: 'currency code',
      filter: { price: { currencyCode: { eq: 'USD' } } },
      expected: ['Beta'],
    },
    {
      title: 'relation id',
      filter: { companyId: { eq: 'COMPANY' } },
      expected: ['Alpha', 'gamma'],
    },
    {
      title: 'and',
      filter: { and: [{ quantity: { gte: 1 } }, { quantity: { lte: 5 } }] },
      expected: ['Alpha', 'Beta'],
    },
    {
      title: 'or',
      filter: { or: [{ name: { eq: 'Alpha' } }, { status: { eq: 'DRAFT' } }] },
      expected: ['Alpha', 'Beta'],
    },
    {
      title: 'not',
      filter: { not: { status: { eq: 'ACTIVE' } } },
      expected: ['Beta', 'gamma'],
    },
    {
      title: 'keys at one level are ANDed',
      filter: { status: { eq: 'ACTIVE' }, quantity: { is: 'NULL' } },
      expected: ['Delta'],
    },
  ])('filters with $title', async ({ filter, expected }) => {
    const resolved = JSON.parse(
      JSON.stringify(filter).replace('"COMPANY"', JSON.stringify(acmeId)),
    ) as unknown;

    const names = await widgetNames(resolved);

    expect(names).toEqual(expected);
  });

  it.each([
    {
      title: 'two operators on one field',
      filter: { quantity: { gte: 1, lte: 5 } },
      message: 'exactly one operator',
    },
    {
      title: 'regex (in the SDL, refused by Twenty)',
      filter: { name: { regex: 'A.*' } },
      message: 'Operator "regex" is not valid',
    },
    {
      title: 'is with Null',
      filter: { name: { is: 'Null' } },
      message: 'Invalid "is" value',
    },
    {
      title: 'invalid UUID',
      filter: { id: { eq: 'not-a-uuid' } },
      message: 'not a valid UUID',
    },
  ])('answers BAD_USER_INPUT for $title', async ({ filter, message }) => {
    const result = await gql(
      `query($filter: WidgetFilterInput) { widgets(filter: $filter) { totalCount } }`,
      { filter },
    );

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it('filters companies on composite address and returns composites as objects', async () => {
    const result = await gql(
      `{ companies(filter: { address: { addressCountry: { eq: "France" } } }) { totalCount edges { node { name address { addressCity } annualRecurringRevenue { amountMicros currencyCode } domainName { primaryLinkUrl secondaryLinks } createdBy { source name workspaceMemberId } idealCustomerProfile } } } }`,
    );

    expect(result.data?.companies).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            name: 'Acme',
            address: { addressCity: 'Lyon' },
            annualRecurringRevenue: {
              amountMicros: 1500000000,
              currencyCode: 'EUR',
            },
            domainName: { primaryLinkUrl: 'acme.com', secondaryLinks: null },
            createdBy: {
              source: 'API',
              name: 'API key',
              workspaceMemberId: null,
            },
            idealCustomerProfile: false,
          },
        },
      ],
    });
  });
});

describe('paging and ordering', () => {
  it('walks forward with first/after through every record exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const result = await gql(
        `query($after: String) { widgets(first: 3, after: $after, orderBy: [{ quantity: DescNullsLast }]) { totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`,
        { after },
      );
      const connection = result.data?.widgets as {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
      seen.push(...connection.edges.map((e) => e.node.name));
      expect(connection.totalCount).toBe(4);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }

    expect(seen).toEqual(['gamma', 'Beta', 'Alpha', 'Delta']);
  });

  it('pages backward with last/before and reports hasPreviousPage', async () => {
    const lastTwo = await gql(
      `{ widgets(last: 2, orderBy: [{ name: AscNullsLast }]) { edges { node { name } } pageInfo { hasPreviousPage hasNextPage startCursor } } }`,
    );
    const connection = lastTwo.data?.widgets as {
      edges: { node: { name: string } }[];
      pageInfo: {
        hasPreviousPage: boolean;
        hasNextPage: boolean;
        startCursor: string;
      };
    };
    const before = await gql(
      `query($before: String) { widgets(last: 5, before: $before, orderBy: [{ name: AscNullsLast }]) { edges { node { name } } pageInfo { hasPreviousPage } } }`,
      { before: connection.pageInfo.startCursor },
    );

    expect(connection.edges.map((e) => e.node.name)).toEqual([
      'Delta',
      'gamma',
    ]);
    expect(connection.pageInfo).toMatchObject({
      hasPreviousPage: true,
      hasNextPage: false,
    });
    expect(before.data?.widgets).toEqual({
      edges: [{ node: { name: 'Alpha' } }, { node: { name: 'Beta' } }],
      pageInfo: { hasPreviousPage: false },
    });
  });

  it('orders by a composite sub-field and computes connection aggregates', async () => {
    const result = await gql(
      `{ widgets(orderBy: [{ price: { amountMicros: DescNullsLast } }]) { edges { node { name } } sumQuantity maxQuantity countEmptyQuantity sumPriceAmountMicros minLaunchDate countUniqueValuesStatus } }`,
    );

    expect(result.data?.widgets).toEqual({
      edges: [
        { node: { name: 'gamma' } },
        { node: { name: 'Beta' } },
        { node: { name: 'Alpha' } },
        { node: { name: 'Delta' } },
      ],
      sumQuantity: 16,
      maxQuantity: 10,
      countEmptyQuantity: 1,
      sumPriceAmountMicros: 125000000,
      minLaunchDate: '2026-01-10',
      countUniqueValuesStatus: 3,
    });
  });

  it.each([
    {
      title: 'first and last',
      args: 'first: 1, last: 1',
      message: 'Cannot provide both first and last',
    },
    {
      title: 'before and after',
      args: 'before: "x", after: "y"',
      message: 'Cannot provide both before and after',
    },
    { title: 'a negative first', args: 'first: -1', message: 'non-negative' },
    {
      title: 'a foreign cursor',
      args: 'after: "bm90LWEtY3Vyc29y"',
      message: 'Invalid cursor',
    },
  ])('refuses $title', async ({ args, message }) => {
    const result = await gql(`{ widgets(${args}) { totalCount } }`);

    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(result.errors?.[0]?.message).toContain(message);
  });
});

describe('relations', () => {
  it('reads to-one and to-many relations and connects by a unique field', async () => {
    const created = await gql(
      `mutation { createWidget(data: { name: "Linked", company: { connect: { where: { domainName: { primaryLinkUrl: "acme.com" } } } } }) { id companyId company { name } } }`,
    );
    const company = await gql(
      `query($id: UUID!) { company(filter: { id: { eq: $id } }) { widgets(orderBy: [{ name: AscNullsFirst }]) { totalCount edges { node { name } } } } }`,
      { id: acmeId },
    );
    const missing = await gql(
      `mutation { createWidget(data: { name: "Orphan", company: { connect: { where: { domainName: { primaryLinkUrl: "nowhere.example" } } } } }) { id } }`,
    );
    const createdWidget = created.data?.createWidget as { id: string };
    await gql(`mutation($id: UUID!) { destroyWidget(id: $id) { id } }`, {
      id: createdWidget.id,
    });

    expect(created.data?.createWidget).toMatchObject({
      companyId: acmeId,
      company: { name: 'Acme' },
    });
    // Twenty ignores a nested connection's orderBy: the rows come in no guaranteed order.
    const widgets = (
      company.data?.company as {
        widgets: { totalCount: number; edges: { node: { name: string } }[] };
      }
    ).widgets;
    expect(widgets.totalCount).toBe(3);
    expect(widgets.edges.map((edge) => edge.node.name).sort()).toEqual([
      'Alpha',
      'Linked',
      'gamma',
    ]);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('writes', () => {
  it('updates one record, and answers NOT_FOUND for an unknown id', async () => {
    const [alpha] = (
      (
        await gql(
          `{ widgets(filter: { name: { eq: "Alpha" } }) { edges { node { id } } } }`,
        )
      ).data?.widgets as { edges: { node: { id: string } }[] }
    ).edges.map((e) => e.node);

    const updated = await gql(
      `mutation($id: UUID!) { updateWidget(id: $id, data: { quantity: 2, price: { amountMicros: 2000000 } }) { ${WIDGET_FIELDS} price { amountMicros currencyCode } } }`,
      { id: alpha?.id },
    );
    const missing = await gql(
      `mutation { updateWidget(id: "00000000-0000-4000-8000-000000000000", data: { quantity: 1 }) { id } }`,
    );

    expect(updated.data?.updateWidget).toMatchObject({
      name: 'Alpha',
      quantity: 2,
      price: { amountMicros: 2000000, currencyCode: 'EUR' },
    });
    expect(missing.errors?.[0]).toMatchObject({
      message: 'Record not found',
      extensions: { code: 'NOT_FOUND', subCode: 'RECORD_NOT_FOUND' },
    });
  });

  it('updates many by filter and returns the updated records', async () => {
    const result = await gql(
      `mutation { updateWidgets(filter: { status: { eq: ACTIVE } }, data: { specs: { reviewed: true } }) { name specs } }`,
    );

    expect(result.data?.updateWidgets).toEqual(
      expect.arrayContaining([
        { name: 'Alpha', specs: { reviewed: true } },
        { name: 'Delta', specs: { reviewed: true } },
      ]),
    );
  });

  it('soft deletes, hides, lists trashed records with a deletedAt filter and restores', async () => {
    const created = await gql(
      `mutation { createWidget(data: { name: "Trash me" }) { id } }`,
    );
    const id = (created.data?.createWidget as Widget).id;

    const deleted = await gql(
      `mutation($id: UUID!) { deleteWidget(id: $id) { id deletedAt } }`,
      { id },
    );
    const visible = await widgetNames({ name: { eq: 'Trash me' } });
    const trashed = await widgetNames({
      and: [{ name: { eq: 'Trash me' } }, { deletedAt: { is: 'NOT_NULL' } }],
    });
    const restored = await gql(
      `mutation($id: UUID!) { restoreWidget(id: $id) { id deletedAt } }`,
      { id },
    );
    const visibleAgain = await widgetNames({ name: { eq: 'Trash me' } });
    const destroyed = await gql(
      `mutation($id: UUID!) { destroyWidget(id: $id) { id } }`,
      { id },
    );
    const gone = await gql(
      `mutation($id: UUID!) { restoreWidget(id: $id) { id } }`,
      { id },
    );

    expect(
      (deleted.data?.deleteWidget as { deletedAt: string | null }).deletedAt,
    ).not.toBeNull();
    expect(visible).toEqual([]);
    expect(trashed).toEqual(['Trash me']);
    expect(restored.data?.restoreWidget).toEqual({ id, deletedAt: null });
    expect(visibleAgain).toEqual(['Trash me']);
    expect(destroyed.data?.destroyWidget).toEqual({ id });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers BAD_USER_INPUT "A duplicate entry was detected" on a unique violation', async () => {
    const result = await gql(
      `mutation { createCompany(data: { name: "Acme again", domainName: { primaryLinkUrl: "acme.com" } }) { id } }`,
    );

    expect(result.errors?.[0]).toMatchObject({
      message: 'A duplicate entry was detected',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('upserts on a unique composite field and on id, returning records in input order', async () => {
    const result = await gql(
      `mutation($data: [CompanyCreateInput!]!) { createCompanies(data: $data, upsert: true) { id name employees } }`,
      {
        data: [
          { name: 'Newco', domainName: { primaryLinkUrl: 'newco.example' } },
          {
            name: 'Acme SA',
            domainName: { primaryLinkUrl: 'acme.com' },
            employees: 50,
          },
          { id: acmeId, employees: 60 },
        ],
      },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data?.createCompanies).toEqual([
      { id: expect.any(String) as unknown, name: 'Newco', employees: null },
      { id: acmeId, name: 'Acme SA', employees: 50 },
      { id: acmeId, name: 'Acme SA', employees: 60 },
    ]);
  });

  it('refuses a batch larger than QUERY_MAX_RECORDS', async () => {
    const data = Array.from({ length: 21 }, (_, i) => ({ name: `Bulk ${i}` }));

    const result = await gql(
      `mutation($data: [WidgetCreateInput!]!) { createWidgets(data: $data) { id } }`,
      { data },
    );

    expect(result.errors?.[0]).toMatchObject({
      message: 'Maximum number of records to upsert is 20.',
      extensions: {
        code: 'BAD_USER_INPUT',
        subCode: 'TOO_MANY_RECORDS_TO_UPDATE',
      },
    });
  });

  it('requires the create input fields Twenty marks as required', async () => {
    const result = await gql(
      `mutation { createWorkspaceMember(data: { userEmail: "x@y.z" }) { id } }`,
    );

    expect(result.errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});

describe('standard objects', () => {
  it('filters booleans, integers and UUID lists on standard objects', async () => {
    const created = await gql(
      `mutation { createWorkspaceMembers(data: [{ name: { firstName: "Ada", lastName: "L" }, userId: "11111111-1111-4111-8111-111111111111", userEmail: "ada@example.com", calendarStartDay: 1 }, { name: { firstName: "Bob" }, userId: "22222222-2222-4222-8222-222222222222" }]) { id name { firstName lastName } calendarStartDay colorScheme dateFormat } }`,
    );
    const members = created.data?.createWorkspaceMembers as { id: string }[];

    const mondayStarters = await gql(
      `{ workspaceMembers(filter: { calendarStartDay: { eq: 1 } }) { edges { node { userEmail } } } }`,
    );
    const byIds = await gql(
      `query($ids: [UUID!]) { workspaceMembers(filter: { id: { in: $ids } }) { totalCount } }`,
      { ids: members.map((m) => m.id) },
    );
    const notIcp = await gql(
      `{ companies(filter: { idealCustomerProfile: { eq: false } }) { totalCount } }`,
    );

    expect(created.data?.createWorkspaceMembers).toEqual([
      expect.objectContaining({
        name: { firstName: 'Ada', lastName: 'L' },
        calendarStartDay: 1,
        colorScheme: 'System',
        dateFormat: 'SYSTEM',
      }),
      expect.objectContaining({ calendarStartDay: 7 }),
    ]);
    expect(mondayStarters.data?.workspaceMembers).toEqual({
      edges: [{ node: { userEmail: 'ada@example.com' } }],
    });
    expect(byIds.data?.workspaceMembers).toEqual({ totalCount: 2 });
    expect(notIcp.data?.companies).toMatchObject({
      totalCount: expect.any(Number) as unknown,
    });
  });

  it('soft-deletes with deleteMany and restores with restoreMany by filter', async () => {
    await gql(
      `mutation { createPeople(data: [{ jobTitle: "CFO", emails: { primaryEmail: "cfo@acme.com" } }, { jobTitle: "CFO" }]) { id } }`,
    );

    const deleted = await gql(
      `mutation { deletePeople(filter: { jobTitle: { eq: "CFO" } }) { id } }`,
    );
    const remaining = await gql(
      `{ people(filter: { jobTitle: { eq: "CFO" } }) { totalCount } }`,
    );
    const restored = await gql(
      `mutation { restorePeople(filter: { jobTitle: { eq: "CFO" } }) { emails { primaryEmail } } }`,
    );

    expect(deleted.data?.deletePeople).toHaveLength(2);
    expect(remaining.data?.people).toEqual({ totalCount: 0 });
    expect(restored.data?.restorePeople).toHaveLength(2);
  });
});

describe('errors and limits', () => {
  it('answers a malformed body with a JSON error, not a stack trace', async () => {
    const response = await fetch(`${host.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${host.apiKey}`,
      },
      body: '{ not json',
    });
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(text).not.toContain('    at ');
    expect(() => JSON.parse(text) as unknown).not.toThrow();
  });

  it('answers UNAUTHENTICATED without a token or with an unknown one', async () => {
    const without = await gql('{ widgets { totalCount } }', {}, null);
    const unknown = await gql('{ widgets { totalCount } }', {}, 'nope');

    expect(without.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers GRAPHQL_VALIDATION_FAILED for an unknown field and refuses duplicate root resolvers', async () => {
    const unknownField = await gql('{ widgets { edges { node { colour } } } }');
    const duplicate = await gql(
      '{ a: widgets { totalCount } b: widgets { totalCount } }',
    );

    expect(unknownField.errors?.[0]?.extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(duplicate.errors?.[0]).toMatchObject({
      message: 'Duplicate root resolver: "widgets"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses a one-to-many relation nested in another one', async () => {
    const result = await gql(
      '{ companies { edges { node { people { edges { node { pointOfContactForOpportunities { totalCount } } } } } } } }',
    );

    expect(result.errors?.[0]).toMatchObject({
      message:
        'One-to-Many relation cannot be nested in another One-to-Many relation.',
      extensions: { code: 'BAD_USER_INPUT', subCode: 'TOO_COMPLEX_QUERY' },
    });
  });

  it('counts app requests and answers LIMIT_REACHED past the app budget', async () => {
    await host.waitForIdle();
    host.service.rateLimit.resetBuckets();
    const before = host.requestCount(host.appToken);
    const answers = [];
    for (let i = 0; i < 6; i += 1) {
      answers.push(await gql('{ widgets { totalCount } }', {}, host.appToken));
    }

    expect(host.requestCount(host.appToken) - before).toBe(6);
    expect(answers.slice(0, 5).every((a) => a.errors === undefined)).toBe(true);
    expect(answers[5]?.errors?.[0]).toEqual({
      message: 'Limit reached (5 tokens per 60000 ms)',
      extensions: {
        code: 'BAD_USER_INPUT',
        subCode: 'LIMIT_REACHED',
        userFriendlyMessage: 'Limit reached (5 tokens per 60000 ms)',
      },
    });
  });
});
