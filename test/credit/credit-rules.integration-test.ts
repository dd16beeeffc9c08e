import {
  closePeriod,
  createCreditScenario,
  createDeal,
  CURRENT_PERIOD,
  GLOBAL_ACCOUNT,
  ledgerOf,
  opportunityId,
  openConflictKeys,
  PEOPLE,
  PREVIOUS_PERIOD,
  updateDeal,
} from '../support/credit-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

const NOW = CURRENT_PERIOD.name;

describe('the worked examples of CREDIT-RULES.md, through the built app on the host', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
    await createCreditScenario(app);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it.each([
    {
      title:
        '1. 100,000.00 EUR, owner DE-LAM, company and ship-to DE: DE-LAM 100 %, GAM overlay',
      deal: {
        index: 1,
        amount: '100000',
        owner: PEOPLE.deLam,
        company: 'DE' as const,
        shipTo: 'DE',
      },
      expected: [
        `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 100% 100000 EUR`,
        `gam OVERLAY ORIGINAL ${NOW} PROVISIONAL 100% 100000 EUR`,
      ],
    },
    {
      title: '2. the same deal shipped to PL: DE-LAM 75 %, PL-LAM 25 %',
      deal: {
        index: 2,
        amount: '100000',
        owner: PEOPLE.deLam,
        company: 'DE' as const,
        shipTo: 'PL',
      },
      expected: [
        `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 75% 75000 EUR`,
        `plLam REVENUE ORIGINAL ${NOW} PROVISIONAL 25% 25000 EUR`,
        `gam OVERLAY ORIGINAL ${NOW} PROVISIONAL 100% 100000 EUR`,
      ],
    },
    {
      title: '3. a US rep off the team sells to the US company: the rep 100 %',
      deal: {
        index: 3,
        amount: '100000',
        owner: PEOPLE.usRep,
        company: 'US' as const,
      },
      expected: [
        `usRep REVENUE ORIGINAL ${NOW} PROVISIONAL 100% 100000 EUR`,
        `gam OVERLAY ORIGINAL ${NOW} PROVISIONAL 100% 100000 EUR`,
      ],
    },
    {
      title:
        '4. 0.01 EUR, DE owner, PL company, FR ship-to: the only cent goes to the booking owner',
      deal: {
        index: 4,
        amount: '0.01',
        owner: PEOPLE.deLam,
        company: 'PL' as const,
        shipTo: 'FR',
      },
      expected: [
        `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 50% 0.01 EUR`,
        `plLam REVENUE ORIGINAL ${NOW} PROVISIONAL 25% 0 EUR`,
        `frLam REVENUE ORIGINAL ${NOW} PROVISIONAL 25% 0 EUR`,
        `gam OVERLAY ORIGINAL ${NOW} PROVISIONAL 100% 0.01 EUR`,
      ],
    },
  ])('$title', async ({ deal, expected }) => {
    const id = await createDeal(app, deal);

    expect(await ledgerOf(app, id)).toEqual([...expected].sort());
  });

  it('3. raises an UNCOVERED_COUNTRY conflict for the US for the GAM', async () => {
    expect(await openConflictKeys(app)).toContain(
      `UNCOVERED_COUNTRY:${GLOBAL_ACCOUNT}:US`,
    );
  });

  it('costs at most 3 API requests for the credit of a single opportunity event', () => {
    const runs = app.host
      .runs()
      .filter((run) => run.functionName === 'on-opportunity-created');
    const creditRequests = runs.map(
      (run) =>
        (run.result as { steps: { credit: { requests: number } } }).steps.credit
          .requests,
    );

    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...creditRequests)).toBeLessThanOrEqual(3);
    // The dispatcher's other steps (agreement check, agreement volume) add their own, and the
    // host counts every request of the run.
    runs.forEach((run, index) =>
      expect(run.requestCount).toBeGreaterThanOrEqual(creditRequests[index]!),
    );
  });

  it('5. manual 60/40 lines on a deal won in a closed period: a lower amount posts adjustments in the open period', async () => {
    const id = await createDeal(app, {
      index: 5,
      amount: '100000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'PL',
      stage: 'CUSTOMER',
      closeDate: PREVIOUS_PERIOD.midDate,
    });
    await app.graphql(
      'mutation Manual($data: [CreditAllocationCreateInput!]!) { createCreditAllocations(data: $data) { id } }',
      {
        data: [
          {
            name: 'DE share',
            opportunityId: id,
            globalAccountId: GLOBAL_ACCOUNT,
            recipientId: PEOPLE.deLam,
            countryCode: 'DE',
            creditType: 'REVENUE',
            percent: 60,
            source: 'MANUAL',
            period: PREVIOUS_PERIOD.name,
          },
          {
            name: 'PL share',
            opportunityId: id,
            globalAccountId: GLOBAL_ACCOUNT,
            recipientId: PEOPLE.plLam,
            countryCode: 'PL',
            creditType: 'REVENUE',
            percent: 40,
            source: 'MANUAL',
            period: PREVIOUS_PERIOD.name,
          },
        ],
      },
    );
    await app.host.waitForIdle(60_000);
    const booked = await ledgerOf(app, id);
    await closePeriod(app, PREVIOUS_PERIOD.id);

    await updateDeal(app, id, {
      amount: { amountMicros: 90_000_000_000, currencyCode: 'EUR' },
    });

    const past = PREVIOUS_PERIOD.name;
    expect(booked).toEqual([
      `deLam REVENUE ORIGINAL ${past} CREDITED 60% 60000 EUR`,
      `gam OVERLAY ORIGINAL ${past} CREDITED 100% 100000 EUR`,
      `plLam REVENUE ORIGINAL ${past} CREDITED 40% 40000 EUR`,
    ]);
    expect(await ledgerOf(app, id)).toEqual(
      [
        ...booked,
        `deLam REVENUE ADJUSTMENT ${NOW} CREDITED 60% -6000 EUR`,
        `gam OVERLAY ADJUSTMENT ${NOW} CREDITED 100% -10000 EUR`,
        `plLam REVENUE ADJUSTMENT ${NOW} CREDITED 40% -4000 EUR`,
      ].sort(),
    );
  });

  it('never writes a closed-period line: the closed lines keep their ids and values', async () => {
    const before = await ledgerOf(app, opportunityId(5), true);

    await updateDeal(app, opportunityId(5), {
      amount: { amountMicros: 80_000_000_000, currencyCode: 'EUR' },
    });

    const after = await ledgerOf(app, opportunityId(5), true);
    const past = (lines: string[]) =>
      lines.filter((line) => line.includes(` ${PREVIOUS_PERIOD.name} `));
    expect(past(after)).toEqual(past(before));
    expect(
      after.filter((line) => line.startsWith('deLam REVENUE ADJUSTMENT')),
    ).toEqual([`deLam REVENUE ADJUSTMENT ${NOW} CREDITED 60% -12000 EUR`]);
  });
});
