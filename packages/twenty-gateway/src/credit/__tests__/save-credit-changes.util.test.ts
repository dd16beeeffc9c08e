import { type CreditLineFields } from '@global-accounts/domain';

import { createGraphqlClient } from '../../client/graphql-client.util';
import { saveCreditChanges } from '../save-credit-changes.util';

const line = (index: number): CreditLineFields => ({
  opportunityId: 'o' as never,
  globalAccountId: 'g' as never,
  recipientId: 'r' as never,
  countryCode: 'DE',
  creditType: 'REVENUE',
  basisPoints: 2550,
  amount: { amountMinor: 1234, currency: 'EUR' as never },
  reportingAmount: null,
  period: '2026-Q4',
  entryType: 'ORIGINAL',
  status: 'PROVISIONAL',
  source: 'POLICY',
  reason: 'policy',
  entryKey: `k${index}`,
});

const recordingClient = () => {
  const bodies: { query: string; variables: Record<string, unknown[]> }[] = [];
  const fetchImplementation = jest.fn((_url: string, init: RequestInit) => {
    bodies.push(JSON.parse(init.body as string) as (typeof bodies)[number]);
    return Promise.resolve(
      new Response(JSON.stringify({ data: {} }), { status: 200 }),
    );
  });
  return {
    client: createGraphqlClient({
      apiUrl: 'http://t',
      token: 't',
      fetch: fetchImplementation as unknown as typeof fetch,
    }),
    bodies,
  };
};

describe('saveCreditChanges', () => {
  it('sends nothing when nothing changed', async () => {
    const { client, bodies } = recordingClient();

    await expect(
      saveCreditChanges({
        client,
        changes: { creates: [], updates: [], conflicts: [] },
        now: new Date(),
      }),
    ).resolves.toEqual({ success: true, data: { requests: 0 } });
    expect(bodies).toHaveLength(0);
  });

  it('writes 250 lines in batches of at most 100, converting percent and micros at the edge', async () => {
    const { client, bodies } = recordingClient();
    const creates = Array.from({ length: 250 }, (_, index) => line(index));

    await saveCreditChanges({
      client,
      changes: { creates, updates: [], conflicts: [] },
      now: new Date(),
    });

    expect(bodies.map((body) => body.variables.lines?.length)).toEqual([
      100, 100, 50,
    ]);
    expect(bodies[0]?.variables.lines?.[0]).toMatchObject({
      percent: 25.5,
      amount: { amountMicros: 12_340_000, currencyCode: 'EUR' },
      entryKey: 'k0',
    });
  });

  it('sends conflicts with the first batch and updates by id', async () => {
    const { client, bodies } = recordingClient();

    await saveCreditChanges({
      client,
      changes: {
        creates: [],
        updates: [{ id: 'line-1' as never, fields: line(1) }],
        conflicts: [{ kind: 'resolve', id: 'c1', dedupeKey: 'k' }],
      },
      now: new Date('2026-11-27T10:00:00Z'),
    });

    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.variables.lines?.[0]).toMatchObject({ id: 'line-1' });
    expect(bodies[0]?.variables.conflicts).toEqual([
      { id: 'c1', status: 'RESOLVED', resolvedAt: '2026-11-27T10:00:00.000Z' },
    ]);
  });

  it('writes the assignee, refreshes a live conflict without touching its status, and stores the policy in force by id', async () => {
    const { client, bodies } = recordingClient();
    const conflict = {
      kind: 'INVALID_INPUT' as const,
      severity: 'WARNING' as const,
      dedupeKey: 'INVALID_INPUT:o',
      globalAccountId: 'g' as never,
      opportunityId: 'o' as never,
      countries: [],
      summary: 'fix the close date',
      assigneeId: 'wm-owner' as never,
    };

    await saveCreditChanges({
      client,
      changes: {
        creates: [],
        updates: [],
        conflicts: [
          { kind: 'create', conflict },
          { kind: 'refresh', id: 'c2', conflict },
        ],
        lastValidPolicies: [
          { globalAccountId: 'g', value: null },
          { globalAccountId: 'h', value: { rules: [] } },
        ],
      },
      now: new Date('2026-11-27T10:00:00Z'),
    });

    expect(bodies).toHaveLength(3);
    expect(bodies[0]?.variables.conflicts).toEqual([
      expect.objectContaining({ assigneeId: 'wm-owner', status: 'OPEN' }),
      {
        id: 'c2',
        name: 'fix the close date',
        countries: [],
        summary: 'fix the close date',
        assigneeId: 'wm-owner',
      },
    ]);
    // Twenty refuses updateGlobalAccount twice in one document, even under aliases.
    bodies
      .slice(1)
      .forEach((body) =>
        expect(body.query.match(/updateGlobalAccount\(/g)).toHaveLength(1),
      );
    expect(bodies.slice(1).map((body) => body.variables)).toEqual([
      { id: 'g', data: { lastValidCreditPolicy: null } },
      { id: 'h', data: { lastValidCreditPolicy: { rules: [] } } },
    ]);
  });
});
