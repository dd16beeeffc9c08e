import { createGraphqlClient } from '../../client/graphql-client.util';
import { loadRollupContexts } from '../load-rollup-contexts.util';
import { saveRollups } from '../save-rollups.util';

// A fake Twenty answering each document by what it asks for: two reads whatever the deal count.
const fakeTwenty = (answers: (query: string) => Record<string, unknown>) => {
  const queries: string[] = [];
  const fetchImplementation = jest.fn((_url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string) as { query: string };
    queries.push(body.query);
    return Promise.resolve(
      new Response(JSON.stringify({ data: answers(body.query) }), {
        status: 200,
      }),
    );
  });
  return {
    client: createGraphqlClient({
      apiUrl: 'http://t',
      token: 't',
      fetch: fetchImplementation as unknown as typeof fetch,
    }),
    queries,
  };
};

const page = (nodes: unknown[]) => ({
  edges: nodes.map((node) => ({ node })),
  pageInfo: { hasNextPage: false, endCursor: null },
});

describe('loadRollupContexts', () => {
  it('reads two accounts in two requests and maps groups to their account', async () => {
    const { client, queries } = fakeTwenty((query) =>
      query.includes('conflictsGroupBy')
        ? {
            r0: page([
              {
                id: 'ga-1',
                name: 'One',
                reportingCurrency: 'EUR',
                annualTarget: null,
                rollupStatus: 'STALE',
                rollupCalculatedAt: null,
              },
              {
                id: 'ga-2',
                name: 'Two',
                reportingCurrency: null,
                annualTarget: null,
                rollupStatus: 'OK',
                rollupCalculatedAt: null,
              },
            ]),
            r1: page([
              {
                id: 'c-de',
                name: 'DE',
                globalAccountId: 'ga-1',
                countryCode: 'de',
                parentCompanyId: null,
                globalAccountSince: null,
              },
              {
                id: 'c-pl',
                name: 'PL',
                globalAccountId: 'ga-2',
                countryCode: 'PL',
                parentCompanyId: null,
                globalAccountSince: null,
              },
            ]),
            r2: page([]),
            r3: page([]),
            openConflicts: [
              { groupByDimensionValues: ['ga-1'], totalCount: 3 },
            ],
          }
        : {
            r0: page([]),
            amounts: [
              {
                groupByDimensionValues: [
                  'c-de',
                  'PROPOSAL',
                  'EUR',
                  null,
                  '2026-10-01',
                ],
                sumAmountAmountMicros: 5_000_000,
              },
              {
                groupByDimensionValues: [
                  'c-pl',
                  'CUSTOMER',
                  'PLN',
                  'FR',
                  '2026-09-01',
                ],
                sumAmountAmountMicros: '7000000',
              },
            ],
          },
    );
    const loaded = await loadRollupContexts({
      client,
      globalAccountIds: ['ga-1', 'ga-2', 'ga-1'],
    });

    expect(queries).toHaveLength(2);
    expect(loaded.success).toBe(true);
    if (!loaded.success) return;
    expect(
      loaded.data.map((context) => ({
        id: context.account.id,
        conflicts: context.openConflictCount,
        countries: context.companyCountries,
        groups: context.opportunityGroups,
      })),
    ).toEqual([
      {
        id: 'ga-1',
        conflicts: 3,
        countries: [{ countryCode: 'DE', companyCount: 1 }],
        // No ship-to country: the company's country.
        groups: [
          {
            stage: 'PROPOSAL',
            currencyCode: 'EUR',
            countryCode: 'DE',
            closeMonth: '2026-10',
            amountMicros: 5_000_000n,
          },
        ],
      },
      {
        id: 'ga-2',
        conflicts: 0,
        countries: [{ countryCode: 'PL', companyCount: 1 }],
        groups: [
          {
            stage: 'CUSTOMER',
            currencyCode: 'PLN',
            countryCode: 'FR',
            closeMonth: '2026-09',
            amountMicros: 7_000_000n,
          },
        ],
      },
    ]);
  });

  it('costs no request for no account', async () => {
    const { client, queries } = fakeTwenty(() => ({}));
    expect(await loadRollupContexts({ client, globalAccountIds: [] })).toEqual({
      success: true,
      data: [],
    });
    expect(queries).toEqual([]);
  });
});

describe('saveRollups', () => {
  it('writes 150 accounts and 10 objectives in two requests, nothing in none', async () => {
    const { client, queries } = fakeTwenty(() => ({}));
    const account = (index: number) => ({
      globalAccountId: `ga-${index}`,
      openPipeline: null,
      wonRevenueYtd: null,
      memberCountries: [],
      uncoveredCountries: [],
      openConflicts: 0,
      rollupStatus: 'MISSING_RATE' as const,
      rollupProblem: 'No exchange rate for USD→EUR',
      rollupCalculatedAt: '2026-10-02T08:00:00.000Z',
      ultimateParent: '',
      planReviewOverdue: false,
    });
    const saved = await saveRollups({
      client,
      accounts: Array.from({ length: 150 }, (_, index) => account(index)),
      objectives: Array.from({ length: 10 }, (_, index) => ({
        id: `o-${index}`,
        currentValue: index,
        status: null,
      })),
    });
    expect(saved).toEqual({ success: true, data: { requests: 2 } });
    expect(queries[0]).toContain('createAccountPlanObjectives');
    expect(queries[1]).not.toContain('createAccountPlanObjectives');
    expect(await saveRollups({ client, accounts: [], objectives: [] })).toEqual(
      { success: true, data: { requests: 0 } },
    );
    expect(queries).toHaveLength(2);
  });
});
