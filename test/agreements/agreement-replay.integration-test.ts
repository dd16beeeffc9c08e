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
  update,
} from './agreement-scenario.util';

// Twenty delivers events at least once, unordered, and runs fail. Replaying an agreement's
// event stream with duplicates, shuffling and failing API requests, over drifted figures, must
// end with the clean run's progress, settlements (FINAL ones untouched) and alerts.
const RANDOMIZED_RUNS = Number(process.env.AGREEMENT_REPLAY_RUNS ?? 3);
const LISTENED =
  /^(frameworkAgreement|rebateTier|opportunity|company|creditPeriod)\./;
const FAMILY = accountId(1);
const AGREEMENT = agreementId(1);
const SE = companyId(1);
const PL = companyId(2);

type Batch = ReturnType<AppHost['host']['events']>[number];

const randomFrom = (seed: number) => {
  let state = seed * 7919 + 1;
  return (limit: number): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % limit;
  };
};

const snapshot = async (app: AppHost) => ({
  progress: await progressOf(app, AGREEMENT),
  settlements: await settlementsOf(app, AGREEMENT),
  // Live alerts (a destroyed history of resolved ones is not part of the figures).
  conflicts: (await conflictsOf(app, AGREEMENT)).rows
    .filter((row) => row.status !== 'RESOLVED')
    .map((row) => `${row.dedupeKey} ${row.status} ${row.summary}`)
    .sort(),
});

const isPermanentFailure = (
  run: ReturnType<AppHost['host']['runs']>[number],
): boolean =>
  run.status === 'failed' &&
  !(run.error?.name === 'RetryableLogicFunctionError' && run.retryCount < 3);

describe('replaying the agreement event stream', () => {
  let app: AppHost;
  let stream: Batch[];
  let clean: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    app = await startAgreementHost();
    await createBase(app, [{ account: FAMILY, companies: { SE, PL } }]);
    await createAgreement(app, {
      id: AGREEMENT,
      account: FAMILY,
      startDate: '2026-07-01',
      endDate: '2026-12-31',
      tiers: [
        { id: tierId(1), from: '5000', percent: 2 },
        { id: tierId(2), from: '20000', percent: 4 },
      ],
    });
    await createDeals(app, [
      {
        id: dealId(1),
        company: SE,
        amount: '8000',
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
        company: PL,
        amount: '9000',
        closeDate: '2026-10-01',
        agreement: null,
      },
    ]);
    await update(app, 'creditPeriod', PERIODS.Q3.id, { state: 'CLOSED' });
    await update(app, 'opportunity', dealId(2), { stage: 'PROPOSAL' });
    await update(app, 'rebateTier', tierId(2), { rebatePercent: 5 });
    stream = app.host.events().filter((batch) => LISTENED.test(batch.name));
    clean = await snapshot(app);
  }, 600_000);

  afterAll(async () => {
    await app.host.stop();
  });

  it('starts from a clean run with a FINAL settlement, a claw-back and open alerts', () => {
    expect(clean.settlements).toEqual([
      '2026-Q3 12000 EUR 240 EUR 240 EUR FINAL',
      '2026-Q4 8000 EUR 160 EUR -80 EUR PROVISIONAL',
    ]);
    expect(
      clean.conflicts.filter((row) => row.includes(' OPEN ')).length,
    ).toBeGreaterThan(0);
    expect(stream.length).toBeGreaterThan(5);
  });

  it(`ends with the clean figures after ${RANDOMIZED_RUNS} runs of duplicated, shuffled, failing deliveries`, async () => {
    for (let seed = 1; seed <= RANDOMIZED_RUNS; seed += 1) {
      const random = randomFrom(seed);
      // Drift: progress wiped, the open settlement wrong, the alerts gone.
      await app.graphql(
        `mutation Drift { updateFrameworkAgreement(id: "${AGREEMENT}", data: { volumeToDate: { amountMicros: null, currencyCode: null }, rebateToDate: { amountMicros: 1, currencyCode: "EUR" }, currentRebatePercent: null }) { id } }`,
      );
      await app.graphql(
        `mutation Drift { updateRebateSettlements(filter: { status: { eq: PROVISIONAL } }, data: { settlementAmount: { amountMicros: 0, currencyCode: "EUR" } }) { id } }`,
      );
      await app.graphql(
        `mutation Drift { destroyConflicts(filter: { frameworkAgreementId: { eq: "${AGREEMENT}" } }) { id } }`,
      );
      await settle(app);
      const deliveries = stream.flatMap((batch) =>
        Array.from({ length: 1 + random(3) }, () => batch),
      );
      for (let index = deliveries.length - 1; index > 0; index -= 1) {
        const other = random(index + 1);
        [deliveries[index], deliveries[other]] = [
          deliveries[other] as Batch,
          deliveries[index] as Batch,
        ];
      }
      app.host.faults.clear();
      app.host.faults.failRunAtRequest({
        atRequest: 1 + random(3),
        runs: 1 + random(3),
      });

      app.host.replayEvents(deliveries);
      await settle(app);

      const lost = app.host.runs().filter(isPermanentFailure);
      expect({ seed, lost: lost.map((run) => run.error) }).toEqual({
        seed,
        lost: [],
      });
      expect({ seed, ...(await snapshot(app)) }).toEqual({ seed, ...clean });
    }
    expect(
      app.host
        .runs()
        .filter((run) => run.retryCount > 0 && run.status === 'succeeded')
        .length,
    ).toBeGreaterThan(0);
  }, 600_000);
});
