import {
  createGraphqlClient,
  fixtureHostOptions,
} from '../testing/host-test-client.util';
import { type TwentyHost, startTwentyHost } from './start-twenty-host';

// Nested one-to-many connections as Twenty's default read path serves them
// (process-nested-relations-v2.helper.ts): arguments ignored, one query for every parent of
// the page capped at 60 × parents, hasNextPage false.

let host: TwentyHost;
let gql: ReturnType<typeof createGraphqlClient>;

type NestedWidgets = {
  totalCount: number;
  edges: { node: { id: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
};
type CompanyPage = {
  companies: {
    edges: { node: { id: string; name: string; widgets: NestedWidgets } }[];
  };
};

const createCompanyWithWidgets = async (
  name: string,
  widgetCount: number,
): Promise<string> => {
  const company = await gql(
    `mutation($name: String) { createCompany(data: { name: $name }) { id } }`,
    { name },
  );
  const id = (company.data?.createCompany as { id: string }).id;
  for (let start = 0; start < widgetCount; start += 100) {
    const data = Array.from(
      { length: Math.min(100, widgetCount - start) },
      (_, index) => ({ name: `${name}-${start + index}`, companyId: id }),
    );
    const created = await gql(
      `mutation($data: [WidgetCreateInput!]!) { createWidgets(data: $data) { id } }`,
      { data },
    );
    expect(created.errors).toBeUndefined();
  }
  return id;
};

const NESTED_QUERY = `query($ids: [UUID!]) {
  companies(filter: { id: { in: $ids } }, orderBy: [{ name: AscNullsFirst }]) {
    edges { node { id name widgets(first: 5, filter: { name: { eq: "none" } }, orderBy: [{ name: DescNullsLast }]) {
      totalCount edges { node { id name } } pageInfo { hasNextPage hasPreviousPage }
    } } }
  }
}`;

const loadCompanies = async (ids: string[]): Promise<CompanyPage> => {
  const result = await gql(NESTED_QUERY, { ids });
  expect(result.errors).toBeUndefined();
  return result.data as unknown as CompanyPage;
};

beforeAll(async () => {
  host = await startTwentyHost(fixtureHostOptions({ bundlesDir: undefined }));
  gql = createGraphqlClient(host.url, host.apiKey);
});

afterAll(async () => {
  await host.stop();
});

describe('nested one-to-many connections', () => {
  it('ignores first, filter and orderBy and returns at most 60 rows for one parent', async () => {
    const id = await createCompanyWithWidgets('Solo', 150);

    const page = await loadCompanies([id]);
    const widgets = page.companies.edges[0]?.node.widgets;

    expect(widgets?.edges).toHaveLength(60);
    expect(widgets?.totalCount).toBe(150);
    expect(widgets?.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
    });
    expect(
      widgets?.edges.every((edge) => edge.node.name.startsWith('Solo-')),
    ).toBe(true);
  });

  it('caps the whole query at 60 × parents, not 60 per parent', async () => {
    const big = await createCompanyWithWidgets('Big', 100);
    const small = await createCompanyWithWidgets('Small', 10);

    const page = await loadCompanies([big, small]);
    const counts = Object.fromEntries(
      page.companies.edges.map((edge) => [
        edge.node.name,
        edge.node.widgets.edges.length,
      ]),
    );

    // 110 rows under a cap of 120: every row comes back, 100 of them for one parent.
    expect(counts).toEqual({ Big: 100, Small: 10 });
  });

  it('cuts rows somewhere when the parents together have more than 60 × parents', async () => {
    const first = await createCompanyWithWidgets('Over-A', 80);
    const second = await createCompanyWithWidgets('Over-B', 80);

    const page = await loadCompanies([first, second]);
    const total = page.companies.edges.reduce(
      (sum, edge) => sum + edge.node.widgets.edges.length,
      0,
    );

    expect(total).toBe(120);
    expect(
      page.companies.edges.every(
        (edge) =>
          edge.node.widgets.totalCount === 80 &&
          !edge.node.widgets.pageInfo.hasNextPage,
      ),
    ).toBe(true);
  });

  it('leaves soft-deleted children out', async () => {
    const id = await createCompanyWithWidgets('Trash', 3);
    const deleted = await gql(
      `mutation($id: UUID) { deleteWidgets(filter: { companyId: { eq: $id }, name: { eq: "Trash-0" } }) { id } }`,
      { id },
    );
    expect(deleted.errors).toBeUndefined();

    const page = await loadCompanies([id]);
    const names = page.companies.edges[0]?.node.widgets.edges
      .map((edge) => edge.node.name)
      .sort();

    expect(names).toEqual(['Trash-1', 'Trash-2']);
  });
});
