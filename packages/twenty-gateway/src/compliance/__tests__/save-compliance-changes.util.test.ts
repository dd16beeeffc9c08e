import { type EvidenceConflict } from '@global-accounts/domain';

import { createGraphqlClient } from '../../client/graphql-client.util';
import { saveComplianceChanges } from '../save-compliance-changes.util';

const recordingClient = () => {
  const bodies: { query: string; variables: Record<string, unknown> }[] = [];
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

const conflict = (key: string): EvidenceConflict => ({
  kind: 'OFF_AGREEMENT',
  severity: 'WARNING',
  dedupeKey: key,
  globalAccountId: 'ga' as never,
  opportunityId: 'o1' as never,
  companyId: 'co' as never,
  frameworkAgreementId: 'fa' as never,
  assigneeId: 'wm' as never,
  countries: ['PL'],
  summary: 'Not linked to the framework.',
  details: { status: 'OFF_AGREEMENT' },
  evidenceHash: 'h1',
});

const NOW = new Date('2026-11-27T10:00:00.000Z');

describe('saveComplianceChanges', () => {
  it('sends nothing when nothing changed', async () => {
    const { client, bodies } = recordingClient();

    const saved = await saveComplianceChanges({
      client,
      changes: { statuses: [], conflicts: [] },
      now: NOW,
    });

    expect(saved).toEqual({ success: true, data: { requests: 0 } });
    expect(bodies).toEqual([]);
  });

  it('writes each status with one filtered update of at most 100 deals, the conflicts riding along', async () => {
    const { client, bodies } = recordingClient();
    const statuses = [
      ...Array.from({ length: 150 }, (_, index) => ({
        opportunityId: `o${index}`,
        status: 'OFF_AGREEMENT',
      })),
      { opportunityId: 'x', status: 'COMPLIANT' },
    ];

    const saved = await saveComplianceChanges({
      client,
      changes: {
        statuses,
        conflicts: [
          { kind: 'create', conflict: conflict('k1') },
          { kind: 'resolve', id: 'c9', dedupeKey: 'k9' },
        ],
      },
      now: NOW,
    });

    expect(saved).toEqual({ success: true, data: { requests: 3 } });
    expect(bodies.map((body) => body.variables.data)).toEqual([
      { agreementStatus: 'OFF_AGREEMENT' },
      { agreementStatus: 'OFF_AGREEMENT' },
      { agreementStatus: 'COMPLIANT' },
    ]);
    const filters = bodies.map(
      (body) =>
        (body.variables.filter as { id: { in: string[] } }).id.in.length,
    );
    expect(filters).toEqual([100, 50, 1]);
    for (const body of bodies)
      expect((body.query.match(/updateOpportunities/g) ?? []).length).toBe(1);
    expect(bodies[0]?.variables.conflicts).toEqual([
      expect.objectContaining({
        kind: 'OFF_AGREEMENT',
        status: 'OPEN',
        dedupeKey: 'k1',
        assigneeId: 'wm',
        frameworkAgreementId: 'fa',
        companyId: 'co',
        evidenceHash: 'h1',
        details: { status: 'OFF_AGREEMENT' },
        detectedAt: NOW.toISOString(),
        resolvedAt: null,
      }),
      { id: 'c9', status: 'RESOLVED', resolvedAt: NOW.toISOString() },
    ]);
    expect(bodies[1]?.variables.conflicts).toBeUndefined();
  });

  it('refreshes a live conflict without touching its status', async () => {
    const { client, bodies } = recordingClient();

    await saveComplianceChanges({
      client,
      changes: {
        statuses: [],
        conflicts: [{ kind: 'refresh', id: 'c1', conflict: conflict('k1') }],
      },
      now: NOW,
    });

    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.query).not.toContain('updateOpportunities');
    const [input] = bodies[0]?.variables.conflicts as Record<string, unknown>[];
    expect(input).toMatchObject({ id: 'c1', evidenceHash: 'h1' });
    expect(input).not.toHaveProperty('status');
  });
});
