import { type AppHost } from '../support/start-app-host.util';
import {
  accountId,
  agreementId,
  companyId,
  conflictsOf,
  createAgreement,
  createBase,
  createDeals,
  dealId,
  PERIODS,
  progressOf,
  settle,
  settlementsOf,
  startAgreementHost,
  tierId,
  TODAY,
  update,
} from './agreement-scenario.util';

// AGREEMENTS.md end to end through the built app: won deals move an agreement's progress
// fields and settlements; tiers, period close, a company joining mid-year and bad input.
const FAMILY = accountId(1);
const AGREEMENT = agreementId(1);
const SE = companyId(1);
const DE = companyId(2);
const PL_JOINER = companyId(3);

const lastRunOf = (app: AppHost, functionName: string) =>
  app.host
    .runs()
    .filter((run) => run.functionName === functionName)
    .sort((a, b) => b.startSequence - a.startSequence)[0];

describe('agreement progress, settlements and membership dates', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAgreementHost();
    await createBase(app, [{ account: FAMILY, companies: { SE, DE } }]);
    // AGREEMENTS.md's example: 0% below 5,000, 2% from 5,000, 4% from 20,000.
    await createAgreement(app, {
      id: AGREEMENT,
      account: FAMILY,
      startDate: '2026-07-01',
      endDate: '2027-06-30',
      retroactive: true,
      tiers: [
        { id: tierId(1), from: '5000', percent: 2 },
        { id: tierId(2), from: '20000', percent: 4 },
      ],
    });
    await createDeals(app, [
      {
        id: dealId(1),
        company: DE,
        amount: '3000',
        closeDate: '2026-07-15',
        agreement: AGREEMENT,
      },
      {
        id: dealId(2),
        company: SE,
        amount: '4000',
        closeDate: '2026-08-15',
        agreement: AGREEMENT,
      },
      {
        id: dealId(3),
        company: DE,
        amount: '20000',
        closeDate: '2026-10-01',
        agreement: AGREEMENT,
      },
      // Won outside the agreement: off-agreement volume.
      {
        id: dealId(4),
        company: SE,
        amount: '1000',
        closeDate: '2026-08-20',
        agreement: null,
      },
      // Open: no volume yet.
      {
        id: dealId(5),
        company: DE,
        amount: '9999',
        closeDate: '2026-10-20',
        agreement: AGREEMENT,
        stage: 'PROPOSAL',
      },
    ]);
  }, 600_000);

  afterAll(async () => {
    await app.host.stop();
  });

  it('writes the progress fields and one settlement per period from the won deals (retroactive)', async () => {
    expect(await progressOf(app, AGREEMENT)).toEqual({
      volumeToDate: '27000 EUR',
      rebateToDate: '1080 EUR',
      currentRebatePercent: 4,
      nextTierThreshold: '—',
      gapToNextTier: '—',
      offAgreementVolume: '1000 EUR',
      offAgreementVolumeByCountry: 'SE 1,000 EUR',
    });
    expect(await settlementsOf(app, AGREEMENT)).toEqual([
      '2026-Q3 7000 EUR 140 EUR 140 EUR PROVISIONAL',
      '2026-Q4 27000 EUR 1080 EUR 940 EUR PROVISIONAL',
    ]);
    expect((await conflictsOf(app, AGREEMENT)).open).toEqual([]);
    expect(app.host.runs().filter((run) => run.status === 'failed')).toEqual(
      [],
    );
  });

  it('recomputes banded tiers in three requests, and a duplicate delivery writes nothing', async () => {
    await update(app, 'frameworkAgreement', AGREEMENT, { retroactive: false });

    // Bands: 15,000 at 2% and 7,000 at 4%.
    expect(await progressOf(app, AGREEMENT)).toMatchObject({
      volumeToDate: '27000 EUR',
      rebateToDate: '580 EUR',
      currentRebatePercent: 4,
    });
    expect(await settlementsOf(app, AGREEMENT)).toEqual([
      '2026-Q3 7000 EUR 40 EUR 40 EUR PROVISIONAL',
      '2026-Q4 27000 EUR 580 EUR 540 EUR PROVISIONAL',
    ]);
    const run = lastRunOf(app, 'on-framework-agreement-updated');
    expect(run?.status).toBe('succeeded');
    // Load (agreements, companies, team, periods) + details with the volume group-by + one write.
    expect(run?.requestCount).toBe(3);

    // The app's own write of the progress fields is an update event too: it triggers nothing.
    const updates = app.host
      .events()
      .filter((event) => event.name === 'frameworkAgreement.updated');
    const byApp = updates.filter((event) =>
      event.events.every(
        (one) =>
          one.properties.updatedFields?.includes('volumeToDate') === true,
      ),
    );
    expect(byApp.length).toBeGreaterThan(0);
    const triggeredBy = app.host
      .runs()
      .filter((one) => one.functionName === 'on-framework-agreement-updated')
      .flatMap(
        (one) =>
          (
            one.payload as {
              events: { properties: { updatedFields?: string[] } }[];
            }
          ).events,
      )
      .map((event) => event.properties.updatedFields ?? []);
    expect(triggeredBy.length).toBeGreaterThan(0);
    expect(
      triggeredBy.filter((fields) => fields.includes('volumeToDate')),
    ).toEqual([]);
    const batch = updates
      .filter((event) =>
        event.events.some(
          (one) =>
            one.properties.updatedFields?.includes('retroactive') === true,
        ),
      )
      .at(-1);
    app.host.replayEvents(batch === undefined ? [] : [batch]);
    await settle(app);
    const replayed = lastRunOf(app, 'on-framework-agreement-updated');
    expect(replayed?.startSequence).toBeGreaterThan(run?.startSequence ?? 0);
    expect(replayed?.requestCount).toBe(2);
    expect(replayed?.result).toMatchObject({ outcome: 'unchanged' });

    await update(app, 'frameworkAgreement', AGREEMENT, { retroactive: true });
    expect(await settlementsOf(app, AGREEMENT)).toEqual([
      '2026-Q3 7000 EUR 140 EUR 140 EUR PROVISIONAL',
      '2026-Q4 27000 EUR 1080 EUR 940 EUR PROVISIONAL',
    ]);
  });

  it('counts a company that joins mid-year from its globalAccountSince, which a manager may correct', async () => {
    await app.graphql(
      `mutation { createCompany(data: { id: "${PL_JOINER}", name: "Joiner PL", countryCode: "PL" }) { id } }`,
    );
    await createDeals(app, [
      {
        id: dealId(10),
        company: PL_JOINER,
        amount: '2000',
        closeDate: '2026-07-20',
        agreement: AGREEMENT,
      },
      {
        id: dealId(11),
        company: PL_JOINER,
        amount: '1000',
        closeDate: TODAY,
        agreement: AGREEMENT,
      },
    ]);
    expect(await progressOf(app, AGREEMENT)).toMatchObject({
      volumeToDate: '27000 EUR',
    });

    await update(app, 'company', PL_JOINER, { globalAccountId: FAMILY });

    const since = async () =>
      (
        await app.graphql<{ company: { globalAccountSince: string | null } }>(
          `{ company(filter: { id: { eq: "${PL_JOINER}" } }) { globalAccountSince } }`,
        )
      ).company.globalAccountSince;
    expect(await since()).toBe(TODAY);
    // Only the deal closed on the day it joined counts.
    expect(await progressOf(app, AGREEMENT)).toMatchObject({
      volumeToDate: '28000 EUR',
      rebateToDate: '1120 EUR',
    });

    const move = app.host
      .events()
      .filter(
        (batch) =>
          batch.name === 'company.updated' &&
          batch.events.some(
            (event) =>
              event.properties.updatedFields?.includes('globalAccountId') ===
              true,
          ),
      );
    await update(app, 'company', PL_JOINER, {
      globalAccountSince: '2026-07-01',
    });
    expect(await progressOf(app, AGREEMENT)).toMatchObject({
      volumeToDate: '30000 EUR',
      rebateToDate: '1200 EUR',
    });
    expect(await settlementsOf(app, AGREEMENT)).toEqual([
      '2026-Q3 9000 EUR 180 EUR 180 EUR PROVISIONAL',
      '2026-Q4 30000 EUR 1200 EUR 1020 EUR PROVISIONAL',
    ]);

    // A late redelivery of the move keeps the manager's date.
    app.host.replayEvents(move);
    await settle(app);
    expect(await since()).toBe('2026-07-01');
    expect(await progressOf(app, AGREEMENT)).toMatchObject({
      volumeToDate: '30000 EUR',
    });
  });

  it('makes settlements FINAL when their period closes; later corrections land in the next period, claw-backs included', async () => {
    await update(app, 'creditPeriod', PERIODS.Q3.id, { state: 'CLOSED' });
    expect(await settlementsOf(app, AGREEMENT)).toEqual([
      '2026-Q3 9000 EUR 180 EUR 180 EUR FINAL',
      '2026-Q4 30000 EUR 1200 EUR 1020 EUR PROVISIONAL',
    ]);

    await update(app, 'opportunity', dealId(3), { stage: 'PROPOSAL' });
    expect(await settlementsOf(app, AGREEMENT)).toEqual([
      '2026-Q3 9000 EUR 180 EUR 180 EUR FINAL',
      '2026-Q4 10000 EUR 200 EUR 20 EUR PROVISIONAL',
    ]);

    // Two Q3 deals fall out after the close: Q3 stays as settled, Q4 claws the rebate back.
    await update(app, 'opportunity', dealId(2), { stage: 'PROPOSAL' });
    await update(app, 'opportunity', dealId(10), { stage: 'PROPOSAL' });
    expect(await settlementsOf(app, AGREEMENT)).toEqual([
      '2026-Q3 9000 EUR 180 EUR 180 EUR FINAL',
      '2026-Q4 4000 EUR 0 EUR -180 EUR PROVISIONAL',
    ]);
    expect(await progressOf(app, AGREEMENT)).toEqual({
      volumeToDate: '4000 EUR',
      rebateToDate: '0 EUR',
      currentRebatePercent: 0,
      nextTierThreshold: '5000 EUR',
      gapToNextTier: '1000 EUR',
      offAgreementVolume: '1000 EUR',
      offAgreementVolumeByCountry: 'SE 1,000 EUR',
    });
    // The SE order placed outside the agreement would lift it into tier 1.
    const conflicts = await conflictsOf(app, AGREEMENT);
    expect(conflicts.open).toEqual(['TIER_LEAKAGE gam']);
    expect(conflicts.rows.find((row) => row.status === 'OPEN')?.summary).toBe(
      'off-agreement orders of 1,000 EUR in SE would reach tier 1: +2% on 5,000 EUR',
    );
    expect(app.host.runs().filter((run) => run.status === 'failed')).toEqual(
      [],
    );
  });
});
