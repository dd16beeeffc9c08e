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
  progressOf,
  settle,
  startAgreementHost,
  tierId,
  update,
  PEOPLE as NAMES_ID,
} from './agreement-scenario.util';

// AGREEMENTS.md "Alerts" on the host day 2026-10-02: expiry reminders at 90/60/30 days to the
// GAM and the contract manager, tier leakage and tier gap to the team, one conflict per person,
// and the daily run that raises reminders and repairs what events missed.
const EXPIRING = agreementId(1);
const LEAKING = agreementId(2);
const SHORT = agreementId(3);

const openKeys = async (app: AppHost, id: string) =>
  (await conflictsOf(app, id)).rows
    .filter((row) => row.status === 'OPEN')
    .map((row) => row.dedupeKey.replace(`${id}:`, ''))
    .sort();

describe('agreement alerts', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAgreementHost();
    await createBase(app, [
      { account: accountId(1), companies: { SE: companyId(11) } },
      {
        account: accountId(2),
        companies: { DE: companyId(21), PL: companyId(22) },
      },
      { account: accountId(3), companies: { DE: companyId(31) } },
    ]);
    await createAgreement(app, {
      id: EXPIRING,
      account: accountId(1),
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      tiers: [{ id: tierId(11), from: '1000000', percent: 2 }],
    });
    await createAgreement(app, {
      id: LEAKING,
      account: accountId(2),
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      tiers: [
        { id: tierId(21), from: '100000', percent: 2 },
        { id: tierId(22), from: '400000', percent: 4 },
      ],
    });
    await createAgreement(app, {
      id: SHORT,
      account: accountId(3),
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      tiers: [{ id: tierId(31), from: '100000', percent: 2 }],
    });
    await createDeals(app, [
      {
        id: dealId(21),
        company: companyId(21),
        amount: '372000',
        closeDate: '2026-03-10',
        agreement: LEAKING,
      },
      {
        id: dealId(22),
        company: companyId(22),
        amount: '38000',
        closeDate: '2026-05-05',
        agreement: null,
      },
      {
        id: dealId(31),
        company: companyId(31),
        amount: '48000',
        closeDate: '2026-06-01',
        agreement: SHORT,
      },
    ]);
  }, 600_000);

  afterAll(async () => {
    await app.host.stop();
  });

  it('reminds the GAM and the contract manager 90, 60 and 30 days before the end, one conflict each', async () => {
    const conflicts = await conflictsOf(app, EXPIRING);
    expect(conflicts.open).toEqual([
      'AGREEMENT_EXPIRING contractManager',
      'AGREEMENT_EXPIRING gam',
    ]);
    expect(conflicts.rows.map((row) => [row.summary, row.severity])).toEqual([
      [
        'Agreement 01 expires in 90 days, on 2026-12-31: renew it or plan what follows.',
        'INFO',
      ],
      [
        'Agreement 01 expires in 90 days, on 2026-12-31: renew it or plan what follows.',
        'INFO',
      ],
    ]);

    await update(app, 'frameworkAgreement', EXPIRING, {
      endDate: '2026-11-30',
    });
    expect(await openKeys(app, EXPIRING)).toEqual([
      `AGREEMENT_EXPIRING:60:${NAMES_ID.gam}`,
      `AGREEMENT_EXPIRING:60:${NAMES_ID.contractManager}`,
    ]);
    expect(
      (await conflictsOf(app, EXPIRING)).rows
        .filter((row) => row.dedupeKey.includes(':90:'))
        .map((row) => row.status),
    ).toEqual(['RESOLVED', 'RESOLVED']);

    await update(app, 'frameworkAgreement', EXPIRING, {
      endDate: '2026-11-01',
    });
    const thirty = (await conflictsOf(app, EXPIRING)).rows.filter(
      (row) => row.status === 'OPEN',
    );
    expect(
      thirty.map((row) => [
        row.dedupeKey.split(':')[2],
        row.severity,
        row.summary,
      ]),
    ).toEqual([
      [
        '30',
        'WARNING',
        'Agreement 01 expires in 30 days, on 2026-11-01: renew it or plan what follows.',
      ],
      [
        '30',
        'WARNING',
        'Agreement 01 expires in 30 days, on 2026-11-01: renew it or plan what follows.',
      ],
    ]);
  });

  it('keeps a dismissed alert dismissed until its evidence changes', async () => {
    const gamAlert = (await conflictsOf(app, EXPIRING)).rows.find(
      (row) => row.status === 'OPEN' && row.assigneeId === NAMES_ID.gam,
    );
    await update(app, 'conflict', gamAlert?.id ?? '', { status: 'DISMISSED' });
    const daily = await app.host.runCron('reconcile-agreements');
    expect(daily.status).toBe('succeeded');
    await settle(app);
    expect((await conflictsOf(app, EXPIRING)).open).toEqual([
      'AGREEMENT_EXPIRING contractManager',
    ]);

    // A new end date is new evidence: the reminder comes back.
    await update(app, 'frameworkAgreement', EXPIRING, {
      endDate: '2026-10-31',
    });
    const back = (await conflictsOf(app, EXPIRING)).rows.find(
      (row) => row.id === gamAlert?.id,
    );
    expect(back?.status).toBe('OPEN');
    expect(back?.summary).toBe(
      'Agreement 01 expires in 29 days, on 2026-10-31: renew it or plan what follows.',
    );
  });

  it('says in one sentence how much off-agreement volume would reach the next tier', async () => {
    const conflicts = await conflictsOf(app, LEAKING);
    expect(conflicts.open).toEqual(['TIER_LEAKAGE gam', 'TIER_LEAKAGE plLam']);
    expect([...new Set(conflicts.rows.map((row) => row.summary))]).toEqual([
      'off-agreement orders of 38,000 EUR in PL would reach tier 2: +2% on 410,000 EUR',
    ]);
    expect(await progressOf(app, LEAKING)).toMatchObject({
      volumeToDate: '372000 EUR',
      offAgreementVolume: '38000 EUR',
      offAgreementVolumeByCountry: 'PL 38,000 EUR',
      currentRebatePercent: 2,
    });

    // Once the PL order is booked under the agreement, the leak is over.
    await update(app, 'opportunity', dealId(22), {
      frameworkAgreementId: LEAKING,
    });
    expect(
      (await conflictsOf(app, LEAKING)).rows.map((row) => row.status),
    ).toEqual(['RESOLVED', 'RESOLVED']);
    expect(await progressOf(app, LEAKING)).toMatchObject({
      volumeToDate: '410000 EUR',
      rebateToDate: '16400 EUR',
      currentRebatePercent: 4,
      offAgreementVolume: '0 EUR',
      offAgreementVolumeByCountry: '',
    });
  });

  it('tells the team how much is missing for the next tier and how many days are left', async () => {
    const conflicts = await conflictsOf(app, SHORT);
    expect(conflicts.open).toEqual([
      'TIER_GAP deLam',
      'TIER_GAP gam',
      'TIER_GAP plLam',
    ]);
    expect([...new Set(conflicts.rows.map((row) => row.summary))]).toEqual([
      'At the current pace Agreement 03 ends at 94,702.70 EUR on 2027-03-31, 5,297.30 EUR short of tier 1 (100,000 EUR): 52,000 EUR more are needed in the 180 days left.',
    ]);
  });

  it("resolves a deleted agreement's alerts and raises them again when it is restored", async () => {
    await app.graphql(
      'mutation D($id: UUID!) { deleteFrameworkAgreement(id: $id) { id } }',
      { id: SHORT },
    );
    await app.host.waitForIdle(60_000);
    expect((await conflictsOf(app, SHORT)).open).toEqual([]);

    await app.graphql(
      'mutation R($id: UUID!) { restoreFrameworkAgreement(id: $id) { id } }',
      { id: SHORT },
    );
    await app.host.waitForIdle(60_000);
    expect((await conflictsOf(app, SHORT)).open).toEqual([
      'TIER_GAP deLam',
      'TIER_GAP gam',
      'TIER_GAP plLam',
    ]);
  });

  it('repairs dropped events in the daily run', async () => {
    await app.graphql(
      `mutation { destroyConflicts(filter: { frameworkAgreementId: { eq: "${SHORT}" } }) { id } }`,
    );
    await app.graphql(
      `mutation { updateFrameworkAgreement(id: "${LEAKING}", data: { volumeToDate: { amountMicros: 1, currencyCode: "EUR" } }) { id } }`,
    );
    await settle(app);
    expect((await conflictsOf(app, SHORT)).open).toEqual([]);

    const daily = await app.host.runCron('reconcile-agreements');
    await settle(app);

    expect(daily).toMatchObject({
      status: 'succeeded',
      result: { families: 3, continued: 0 },
    });
    expect((await conflictsOf(app, SHORT)).open).toEqual([
      'TIER_GAP deLam',
      'TIER_GAP gam',
      'TIER_GAP plLam',
    ]);
    expect(await progressOf(app, LEAKING)).toMatchObject({
      volumeToDate: '410000 EUR',
    });
    // Three families: one lookup, two reads and a write per ten families.
    expect(daily.requestCount).toBeLessThanOrEqual(4);
    expect(app.host.runs().filter((run) => run.status === 'failed')).toEqual(
      [],
    );
  });
});
