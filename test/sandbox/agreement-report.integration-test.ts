import { agreementId, DEMO_OPPORTUNITIES } from '@global-accounts/seeds';

// The sandbox (a package without an entry point) prints what this loader reads.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { formatAgreementReport } from '../../sandbox/format-agreement-report.util';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadAgreementReport } from '../../sandbox/load-agreement-report.util';
import {
  startDemoFamilyHost,
  type AppHost,
} from '../support/start-app-host.util';

const KRAKOW = DEMO_OPPORTUNITIES.find((deal) =>
  deal.name.startsWith('Kraków'),
);

// The sandbox's agreement report read back from the host: its one request of root queries is
// valid against the workspace schema, and it groups what the agreement workflows write.
describe("the sandbox's agreement report", () => {
  let app: AppHost;

  beforeAll(async () => {
    // The demo's rates: the global agreement (EUR) has volume in SEK.
    app = await startDemoFamilyHost(120_000);
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
    expect(global?.settlements.map((settlement) => settlement.period)).toEqual(
      expect.arrayContaining(['2026-Q3', '2026-Q4']),
    );
    expect(report.data.conflicts).toContainEqual(
      expect.objectContaining({
        kind: 'OFF_AGREEMENT',
        frameworkAgreementId: agreementId('global'),
        opportunityName: KRAKOW?.name,
        assignee: 'Ewa Nowak',
      }),
    );
    expect(
      report.data.conflicts.map((conflict) => conflict.kind),
    ).not.toContain('UNCOVERED_COUNTRY');
  });

  it('prints them', async () => {
    const report = await loadAgreementReport(app.api);
    if (!report.success) throw new Error(report.error.message);

    const printed = formatAgreementReport(report.data);

    expect(printed).toMatch(
      /\n {4}2026-Q3 +PROVISIONAL +\d+\.\d{2} EUR +\d+\.\d{2} EUR +\d+\.\d{2} EUR\n/,
    );
    expect(printed).toContain(
      `    OFF_AGREEMENT [${KRAKOW?.name ?? ''}]: Not linked to Nordlys global supply 2026`,
    );
  });
});
