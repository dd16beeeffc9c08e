import { type EvidenceConflict } from '@global-accounts/domain';

import { createGraphqlClient } from '../../client/graphql-client.util';
import { saveAgreementChanges } from '../save-agreement-changes.util';

const eur = (amountMinor: number) => ({
  amountMinor,
  currency: 'EUR' as never,
});

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

const progress = (agreementId: string) => ({
  agreementId,
  fields: {
    volumeToDate: eur(2_700_000),
    rebateToDate: eur(108_000),
    nextTierThreshold: null,
    gapToNextTier: null,
    offAgreementVolume: eur(0),
    offAgreementVolumeByCountry: '',
    currentRebatePercent: 4,
  },
});

const alert: EvidenceConflict = {
  kind: 'TIER_GAP',
  severity: 'INFO',
  dedupeKey: 'TIER_GAP:fa:1:p',
  globalAccountId: 'ga' as never,
  opportunityId: null,
  companyId: null,
  frameworkAgreementId: 'fa' as never,
  assigneeId: 'p' as never,
  countries: [],
  summary: 'short of tier 1',
  details: { daysLeft: 90 },
  evidenceHash: 'h',
};

describe('saveAgreementChanges', () => {
  it('writes nothing, in no request, when nothing changed', async () => {
    const { client, bodies } = recordingClient();
    const saved = await saveAgreementChanges({
      client,
      changes: { progress: [], settlements: [], conflicts: [] },
      now: new Date('2026-10-02T08:00:00Z'),
    });
    expect(saved).toEqual({ success: true, data: { requests: 0 } });
    expect(bodies).toEqual([]);
  });

  it('writes settlements, conflicts and one agreement in one request; each further agreement in its own', async () => {
    const { client, bodies } = recordingClient();
    const saved = await saveAgreementChanges({
      client,
      changes: {
        progress: [progress('fa'), progress('fb')],
        settlements: [
          {
            id: 's1',
            frameworkAgreementId: 'fa',
            period: '2026-Q4',
            cumulativeVolume: eur(2_700_000),
            rebateAmount: eur(108_000),
            settlementAmount: eur(-14_000),
            status: 'PROVISIONAL',
          },
        ],
        conflicts: [
          { kind: 'create', conflict: alert },
          { kind: 'resolve', id: 'c9', dedupeKey: 'INVALID_INPUT:fa' },
        ],
      },
      now: new Date('2026-10-02T08:00:00Z'),
    });
    expect(saved).toEqual({ success: true, data: { requests: 2 } });
    expect(bodies[0]?.query).toContain(
      'createRebateSettlements(data: $settlements, upsert: true)',
    );
    expect(bodies[0]?.query).toContain(
      'createConflicts(data: $conflicts, upsert: true)',
    );
    expect(bodies[0]?.variables).toMatchObject({
      agreementId: 'fa',
      progress: {
        volumeToDate: { amountMicros: 27_000_000_000, currencyCode: 'EUR' },
        rebateToDate: { amountMicros: 1_080_000_000, currencyCode: 'EUR' },
        nextTierThreshold: { amountMicros: null, currencyCode: null },
        currentRebatePercent: 4,
      },
      settlements: [
        {
          id: 's1',
          name: '2026-Q4 rebate',
          settlementAmount: { amountMicros: -140_000_000, currencyCode: 'EUR' },
          status: 'PROVISIONAL',
        },
      ],
      conflicts: [
        {
          kind: 'TIER_GAP',
          status: 'OPEN',
          frameworkAgreementId: 'fa',
          details: { daysLeft: 90 },
          evidenceHash: 'h',
          dedupeKey: 'TIER_GAP:fa:1:p',
          detectedAt: '2026-10-02T08:00:00.000Z',
        },
        {
          id: 'c9',
          status: 'RESOLVED',
          resolvedAt: '2026-10-02T08:00:00.000Z',
        },
      ],
    });
    expect(bodies[1]?.query).not.toContain('createRebateSettlements');
    expect(bodies[1]?.variables).toMatchObject({ agreementId: 'fb' });
  });
});
