import {
  createCreditScenario,
  createDeal,
  CURRENT_PERIOD,
  ledgerOf,
  PEOPLE,
  updateDeal,
} from '../support/credit-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

const NOW = CURRENT_PERIOD.name;

describe('the nightly reconciliation, through the built app on the host', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
    await createCreditScenario(app);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('repairs the ledger of a change whose event Twenty dropped', async () => {
    const id = await createDeal(app, {
      index: 31,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'DE',
    });
    app.host.faults.dropNext({
      target: {
        eventName: 'opportunity.updated',
        functionName: 'on-opportunity-updated',
      },
    });
    await updateDeal(app, id, {
      amount: { amountMicros: 3_000_000_000, currencyCode: 'EUR' },
    });
    const drifted = await ledgerOf(app, id);

    const run = await app.host.runCron('reconcile-credit-ledger');
    await app.host.waitForIdle(60_000);

    expect(drifted).toEqual([
      `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 100% 1000 EUR`,
      `gam OVERLAY ORIGINAL ${NOW} PROVISIONAL 100% 1000 EUR`,
    ]);
    expect(run.status).toBe('succeeded');
    expect(await ledgerOf(app, id)).toEqual([
      `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 100% 3000 EUR`,
      `gam OVERLAY ORIGINAL ${NOW} PROVISIONAL 100% 3000 EUR`,
    ]);
  });

  it('writes nothing when there is no drift', async () => {
    const requestsBefore = app.host.requestCount(app.host.appToken);

    const run = await app.host.runCron('reconcile-credit-ledger');
    await app.host.waitForIdle(60_000);

    expect(run.result).toMatchObject({
      outcome: 'fanned-out',
      jobs: [{ outcome: 'done', linesWritten: 0 }],
    });
    // one page of ids and two root-query loads (opportunities with their lines, conflicts and
    // periods; then their accounts' teams and conflicts): no write request
    expect(app.host.requestCount(app.host.appToken) - requestsBefore).toBe(3);
  });
});
