import { type EvidenceConflict } from '@global-accounts/domain';

import { createGraphqlClient } from '../../client/graphql-client.util';
import { saveCompanyRadarChanges } from '../save-company-radar.util';

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
  kind: 'DUPLICATE_COMPANY',
  severity: 'INFO',
  dedupeKey: key,
  globalAccountId: 'ga' as never,
  opportunityId: null,
  companyId: 'co' as never,
  frameworkAgreementId: null,
  assigneeId: 'wm' as never,
  countries: ['PL'],
  summary: 'A may be the same company as B.',
  details: { matchClass: 'POSSIBLE' },
  evidenceHash: 'h1',
});

const KEYS = {
  matchKey: 'nordvikpolska',
  matchBrandKey: 'nordvik',
  matchDomain: null,
  matchRegistrationKey: null,
  matchPhoneticKey: 'PL:NRTF',
  matchPrefixKey: 'PL:nord:7',
};
const NOW = new Date('2026-11-27T10:00:00.000Z');

describe('saveCompanyRadarChanges', () => {
  it('sends nothing when nothing changed', async () => {
    const { client, bodies } = recordingClient();

    const saved = await saveCompanyRadarChanges({
      client,
      changes: { keys: [], conflicts: [], resolutionReasons: new Map() },
      now: NOW,
    });

    expect(saved).toEqual({ success: true, data: { requests: 0 } });
    expect(bodies).toEqual([]);
  });

  it('writes keys and conflicts together, 100 rows per request, with the reason of each resolution', async () => {
    const { client, bodies } = recordingClient();

    const saved = await saveCompanyRadarChanges({
      client,
      changes: {
        keys: Array.from({ length: 150 }, (_, index) => ({
          companyId: `c${index}`,
          keys: KEYS,
        })),
        conflicts: [
          { kind: 'create', conflict: conflict('K1') },
          { kind: 'resolve', id: 'x2', dedupeKey: 'K2' },
        ],
        resolutionReasons: new Map([['K2', 'A was deleted.']]),
      },
      now: NOW,
    });

    expect(saved).toEqual({ success: true, data: { requests: 2 } });
    expect(bodies.map((body) => body.query.match(/create\w+/g))).toEqual([
      ['createCompanies', 'createConflicts'],
      ['createCompanies'],
    ]);
    expect((bodies[0]?.variables.companies as unknown[]).slice(0, 1)).toEqual([
      { id: 'c0', ...KEYS },
    ]);
    expect(bodies[0]?.variables.conflicts).toEqual([
      expect.objectContaining({
        dedupeKey: 'K1',
        status: 'OPEN',
        resolutionReason: null,
      }),
      {
        id: 'x2',
        status: 'RESOLVED',
        resolvedAt: NOW.toISOString(),
        resolutionReason: 'A was deleted.',
      },
    ]);
  });
});
