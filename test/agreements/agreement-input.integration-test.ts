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
  micros,
  progressOf,
  settle,
  settlementsOf,
  startAgreementHost,
  tierId,
  update,
} from './agreement-scenario.util';

// Bad input never writes part of a result: the agreement keeps its figures and gets one
// INVALID_INPUT conflict naming the problem, resolved once it is fixed.
const FAMILY = accountId(1);
const DE = companyId(1);
const AGREEMENT = agreementId(2);
const IN_CHF = agreementId(3);

const refusalOf = async (app: AppHost, id: string) => {
  const rows = (await conflictsOf(app, id)).rows.filter(
    (row) => row.kind === 'INVALID_INPUT',
  );
  return rows.map((row) => `${row.status} ${row.summary}`);
};

const LEFT_UNCHANGED =
  'The volume, rebate and settlements of this agreement are left unchanged until this is fixed:';

describe('bad agreement input', () => {
  let app: AppHost;
  let figures: { progress: unknown; settlements: string[] };

  const expectRefused = async (id: string, problem: string) => {
    expect(await refusalOf(app, id)).toEqual([
      `OPEN ${LEFT_UNCHANGED} ${problem}.`,
    ]);
    expect({
      progress: await progressOf(app, AGREEMENT),
      settlements: await settlementsOf(app, AGREEMENT),
    }).toEqual(figures);
  };
  const expectFixed = async (id: string, open: string[] = []) => {
    expect((await refusalOf(app, id)).map((row) => row.split(' ')[0])).toEqual([
      'RESOLVED',
    ]);
    expect((await conflictsOf(app, id)).open).toEqual(open);
  };

  beforeAll(async () => {
    app = await startAgreementHost();
    await createBase(app, [{ account: FAMILY, companies: { DE } }]);
    await createAgreement(app, {
      id: AGREEMENT,
      account: FAMILY,
      startDate: '2026-07-01',
      endDate: '2027-06-30',
      tiers: [
        { id: tierId(1), from: '5000', percent: 2 },
        { id: tierId(2), from: '20000', percent: 4 },
      ],
    });
    await createDeals(app, [
      {
        id: dealId(1),
        company: DE,
        amount: '6000',
        closeDate: '2026-07-10',
        agreement: AGREEMENT,
      },
    ]);
    figures = {
      progress: await progressOf(app, AGREEMENT),
      settlements: await settlementsOf(app, AGREEMENT),
    };
  }, 600_000);

  afterAll(async () => {
    await app.host.stop();
  });

  it('starts from computed figures', () => {
    expect(figures).toEqual({
      progress: {
        volumeToDate: '6000 EUR',
        rebateToDate: '120 EUR',
        currentRebatePercent: 2,
        nextTierThreshold: '20000 EUR',
        gapToNextTier: '14000 EUR',
        offAgreementVolume: '0 EUR',
        offAgreementVolumeByCountry: '',
      },
      settlements: [
        '2026-Q3 6000 EUR 120 EUR 120 EUR PROVISIONAL',
        '2026-Q4 6000 EUR 120 EUR 0 EUR PROVISIONAL',
      ],
    });
  });

  it('refuses two tiers with the same threshold', async () => {
    await app.graphql(
      `mutation { createRebateTier(data: { id: "${tierId(3)}", name: "dup", frameworkAgreementId: "${AGREEMENT}", fromVolume: { amountMicros: ${micros('5000')}, currencyCode: "EUR" }, rebatePercent: 3 }) { id } }`,
    );
    await settle(app);
    await expectRefused(
      AGREEMENT,
      'agreement Agreement 02: two tiers start at 5000.00 EUR: each tier needs its own threshold',
    );
    await app.graphql(
      `mutation { deleteRebateTier(id: "${tierId(3)}") { id } }`,
    );
    await settle(app);
    await expectFixed(AGREEMENT);
  });

  it('refuses a negative rebate percent', async () => {
    await update(app, 'rebateTier', tierId(2), { rebatePercent: -4 });
    await expectRefused(
      AGREEMENT,
      'agreement Agreement 02: the tier from 20000.00 EUR has a negative rebate (-4%): rebates are zero or more',
    );
    await update(app, 'rebateTier', tierId(2), { rebatePercent: 4 });
    await expectFixed(AGREEMENT);
  });

  it('refuses an end date before the start date', async () => {
    await update(app, 'frameworkAgreement', AGREEMENT, {
      endDate: '2026-06-30',
    });
    await expectRefused(
      AGREEMENT,
      'agreement Agreement 02 ends on 2026-06-30, before it starts on 2026-07-01',
    );
    await update(app, 'frameworkAgreement', AGREEMENT, {
      endDate: '2027-06-30',
    });
    await expectFixed(AGREEMENT);
  });

  it('refuses volume in a currency without an exchange rate', async () => {
    await createDeals(app, [
      {
        id: dealId(2),
        company: DE,
        amount: '1000',
        currency: 'USD',
        closeDate: '2026-07-12',
        agreement: AGREEMENT,
      },
    ]);
    await expectRefused(
      AGREEMENT,
      'no exchange rate from USD to EUR: add one to the app settings so USD volume counts toward the agreement',
    );
    await update(app, 'opportunity', dealId(2), { stage: 'PROPOSAL' });
    await expectFixed(AGREEMENT);
    expect(await progressOf(app, AGREEMENT)).toEqual(figures.progress);
  });

  it('refuses an agreement in a currency no rate reaches', async () => {
    await createAgreement(app, {
      id: IN_CHF,
      account: FAMILY,
      startDate: '2026-07-01',
      endDate: '2027-06-30',
      currency: 'CHF',
      tiers: [{ id: tierId(4), from: '5000', percent: 2 }],
    });
    expect(await refusalOf(app, IN_CHF)).toEqual([
      `OPEN ${LEFT_UNCHANGED} the agreement is in CHF, which no exchange rate reaches, and it has volume in EUR: add a EUR to CHF rate.`,
    ]);
    expect(await progressOf(app, IN_CHF)).toMatchObject({ volumeToDate: '—' });
    expect(await settlementsOf(app, IN_CHF)).toEqual([]);

    await update(app, 'rebateTier', tierId(4), {
      fromVolume: { amountMicros: micros('5000'), currencyCode: 'EUR' },
    });
    await update(app, 'frameworkAgreement', IN_CHF, { currency: 'EUR' });
    // Computed again: the family's EUR volume outside it would reach its first tier.
    await expectFixed(IN_CHF, ['TIER_LEAKAGE deLam', 'TIER_LEAKAGE gam']);
    expect(await progressOf(app, IN_CHF)).toMatchObject({
      volumeToDate: '0 EUR',
      offAgreementVolume: '6000 EUR',
    });
    expect(app.host.runs().filter((run) => run.status === 'failed')).toEqual(
      [],
    );
  });
});
