import { createGraphqlClient } from '../../client/graphql-client.util';
import { loadCreditContexts } from '../load-credit-contexts.util';

const lineNode = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  opportunityId: 'opp-1',
  globalAccountId: 'ga-1',
  recipientId: 'wm-1',
  countryCode: 'DE',
  creditType: 'REVENUE',
  percent: 25.5,
  amount: { amountMicros: 1_000_000, currencyCode: 'EUR' },
  reportingAmount: { amountMicros: null, currencyCode: '' },
  period: '2026-Q4',
  entryType: 'ORIGINAL',
  status: 'PROVISIONAL',
  source: 'POLICY',
  reason: 'policy',
  entryKey: `key-${id}`,
  ...overrides,
});

const opportunityNode = (
  lines: unknown[],
  hasNextPage = false,
  amount: unknown = { amountMicros: 100_000_000, currencyCode: 'EUR' },
) => ({
  id: 'opp-1',
  amount,
  stage: 'PROPOSAL',
  closeDate: '2026-11-15T00:00:00.000Z',
  ownerId: 'wm-1',
  companyId: 'co-1',
  bookingCountry: null,
  shipToCountry: 'PL',
  deletedAt: null,
  creditAllocations: {
    edges: lines.map((node) => ({ node })),
    pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-60' : null },
  },
  conflicts: {
    edges: [
      { node: { id: 'c1', dedupeKey: 'MISSING_OWNER:opp-1', status: 'OPEN' } },
    ],
  },
  company: {
    id: 'co-1',
    countryCode: 'DE',
    globalAccountId: 'ga-1',
    globalAccount: {
      id: 'ga-1',
      globalAccountManagerId: 'wm-9',
      reportingCurrency: 'EUR',
      creditPolicy: null,
      deletedAt: null,
      teamMembers: {
        edges: [
          {
            node: {
              id: 'tm-1',
              workspaceMemberId: 'wm-1',
              role: 'LOCAL_ACCOUNT_MANAGER',
              countryCode: 'DE',
              startDate: '2025-01-01',
              endDate: null,
            },
          },
          {
            node: {
              id: 'tm-2',
              workspaceMemberId: null,
              role: 'LOCAL_ACCOUNT_MANAGER',
              countryCode: 'PL',
              startDate: null,
              endDate: null,
            },
          },
        ],
      },
      conflicts: { edges: [] },
    },
  },
});

const serve = (...responses: unknown[]) => {
  const fetchImplementation = jest.fn(() =>
    Promise.resolve(
      new Response(JSON.stringify({ data: responses.shift() }), {
        status: 200,
      }),
    ),
  );
  return createGraphqlClient({
    apiUrl: 'http://t',
    token: 't',
    fetch: fetchImplementation,
  });
};

const periods = {
  edges: [
    {
      node: {
        name: '2026-Q4',
        startDate: '2026-10-01',
        endDate: '2026-12-31',
        state: 'OPEN',
      },
    },
    { node: { name: 'broken', startDate: null, endDate: null, state: 'OPEN' } },
  ],
};

describe('loadCreditContexts', () => {
  it('turns one response into the engine input, in domain units', async () => {
    const client = serve({
      opportunities: { edges: [{ node: opportunityNode([lineNode('l1')]) }] },
      creditPeriods: periods,
    });

    const result = await loadCreditContexts(client, [
      'opp-1',
      'opp-1',
      'opp-gone',
    ]);

    expect(client.requestCount()).toBe(1);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const [loaded] = result.data.loaded;
    expect(loaded?.context.lines[0]).toMatchObject({
      basisPoints: 2550,
      amount: { amountMinor: 100, currency: 'EUR' },
      reportingAmount: null,
    });
    expect(loaded?.context.team.map((member) => member.id)).toEqual(['tm-1']);
    expect(loaded?.context.periods.map((period) => period.name)).toEqual([
      '2026-Q4',
    ]);
    expect(
      loaded?.existingConflicts.map((conflict) => conflict.dedupeKey),
    ).toEqual(['MISSING_OWNER:opp-1']);
    expect(result.data.skipped).toEqual([
      { opportunityId: 'opp-gone', reason: 'the opportunity no longer exists' },
    ]);
  });

  it('pages the credit lines of an opportunity with more than one nested page', async () => {
    const client = serve(
      {
        opportunities: {
          edges: [{ node: opportunityNode([lineNode('l1')], true) }],
        },
        creditPeriods: periods,
      },
      {
        creditAllocations: {
          edges: [{ node: lineNode('l1') }, { node: lineNode('l2') }],
          pageInfo: { hasNextPage: true, endCursor: 'c2' },
        },
      },
      {
        creditAllocations: {
          edges: [{ node: lineNode('l3') }],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    );

    const result = await loadCreditContexts(client, ['opp-1']);

    expect(
      result.success &&
        result.data.loaded[0]?.context.lines.map((line) => line.id),
    ).toEqual(['l1', 'l2', 'l3']);
    expect(client.requestCount()).toBe(3);
  });

  it('skips, with the reason, an opportunity whose stored data cannot be used', async () => {
    const client = serve({
      opportunities: {
        edges: [
          {
            node: opportunityNode([], false, {
              amountMicros: 5,
              currencyCode: 'ZZZ',
            }),
          },
        ],
      },
      creditPeriods: periods,
    });

    const result = await loadCreditContexts(client, ['opp-1']);

    expect(result.success && result.data.skipped).toEqual([
      {
        opportunityId: 'opp-1',
        reason: 'opportunity amount: unknown currency "ZZZ"',
      },
    ]);
  });
});
