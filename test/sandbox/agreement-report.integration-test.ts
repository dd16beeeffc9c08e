import {
  agreementId,
  DEMO_OPPORTUNITIES,
  loadDemoFamily,
  memberId,
} from '@global-accounts/seeds';

// The sandbox (a package without an entry point) prints what this loader reads.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { formatAgreementReport } from '../../sandbox/format-agreement-report.util';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadAgreementReport } from '../../sandbox/load-agreement-report.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

const KRAKOW = DEMO_OPPORTUNITIES.find((deal) =>
  deal.name.startsWith('Kraków'),
);

// The sandbox's agreement report read back from the host: its one request of root queries is
// valid against the workspace schema, and it groups what the agreement workflows write.
describe("the sandbox's agreement report", () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
    const loaded = await loadDemoFamily(app.api, () => undefined);
    if (!loaded.success) throw new Error(loaded.error.message);
    await app.host.waitForIdle(120_000);
    // What the agreement workflows write: a settlement and an OFF_AGREEMENT conflict.
    await app.graphql(
      `mutation Write($settlement: RebateSettlementCreateInput!, $conflict: ConflictCreateInput!) {
        createRebateSettlement(data: $settlement) { id }
        createConflict(data: $conflict) { id } }`,
      {
        settlement: {
          name: 'FA-2026-001 · 2026-Q3',
          frameworkAgreementId: agreementId('global'),
          period: '2026-Q3',
          cumulativeVolume: {
            amountMicros: 224_500_500_000,
            currencyCode: 'EUR',
          },
          rebateAmount: { amountMicros: 4_490_010_000, currencyCode: 'EUR' },
          settlementAmount: {
            amountMicros: 4_490_010_000,
            currencyCode: 'EUR',
          },
          status: 'FINAL',
        },
        conflict: {
          kind: 'OFF_AGREEMENT',
          severity: 'WARNING',
          status: 'OPEN',
          summary: 'Not linked to Nordlys global supply 2026.',
          dedupeKey: `OFF_AGREEMENT:${KRAKOW?.id ?? ''}:${memberId('plLam')}`,
          opportunityId: KRAKOW?.id,
          frameworkAgreementId: agreementId('global'),
          assigneeId: memberId('plLam'),
        },
      },
    );
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('reads each agreement with its own tiers and settlements and only agreement conflicts', async () => {
    const report = await loadAgreementReport(app.api);

    expect(report.success).toBe(true);
    if (!report.success) return;
    const global = report.data.agreements.find(
      (agreement) => agreement.id === agreementId('global'),
    );
    const association = report.data.agreements.find(
      (agreement) => agreement.id === agreementId('deAssociation'),
    );
    expect(global?.tiers).toHaveLength(3);
    expect(association?.tiers).toHaveLength(2);
    expect(global?.settlements.map((settlement) => settlement.period)).toEqual([
      '2026-Q3',
    ]);
    expect(association?.settlements).toEqual([]);
    expect(report.data.conflicts).toEqual([
      {
        kind: 'OFF_AGREEMENT',
        summary: 'Not linked to Nordlys global supply 2026.',
        frameworkAgreementId: agreementId('global'),
        opportunityName: KRAKOW?.name,
        assignee: 'Ewa Nowak',
      },
    ]);
  });

  it('prints them', async () => {
    const report = await loadAgreementReport(app.api);
    if (!report.success) throw new Error(report.error.message);

    const printed = formatAgreementReport(report.data);

    expect(printed).toMatch(
      /\n {4}2026-Q3 +FINAL +224500\.50 EUR +4490\.01 EUR +4490\.01 EUR\n/,
    );
    expect(printed).toContain(
      `    OFF_AGREEMENT [${KRAKOW?.name ?? ''}]: Not linked to Nordlys global supply 2026. (for Ewa Nowak)`,
    );
  });
});
