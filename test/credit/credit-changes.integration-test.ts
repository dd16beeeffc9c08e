import {
  COMPANIES,
  createCreditScenario,
  createDeal,
  CURRENT_PERIOD,
  GLOBAL_ACCOUNT,
  ledgerOf,
  openConflictKeys,
  PEOPLE,
  teamMemberId,
  updateDeal,
} from '../support/credit-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

const NOW = CURRENT_PERIOD.name;

const revenueOf = async (app: AppHost, id: string): Promise<string[]> =>
  (await ledgerOf(app, id)).filter((line) => line.includes(' REVENUE '));

describe('credit follows every change, through the built app on the host', () => {
  let app: AppHost;

  beforeAll(async () => {
    // SCREENING stands for a lost stage here: the standard stages have none, admins add their own.
    app = await startAppHost({
      applicationVariables: { CREDIT_LOST_STAGES: 'SCREENING' },
    });
    await createCreditScenario(app);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('updates the amounts in place when the amount changes', async () => {
    const id = await createDeal(app, {
      index: 11,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'PL',
    });

    await updateDeal(app, id, {
      amount: { amountMicros: 2_000_000_000, currencyCode: 'EUR' },
    });

    expect(await ledgerOf(app, id, true)).toEqual([
      `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 75% 1500 EUR`,
      `gam OVERLAY ORIGINAL ${NOW} PROVISIONAL 100% 2000 EUR`,
      `plLam REVENUE ORIGINAL ${NOW} PROVISIONAL 25% 500 EUR`,
    ]);
  });

  it('moves the booking share to the new owner and reverses the old line', async () => {
    const id = await createDeal(app, {
      index: 12,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'DE',
    });

    await updateDeal(app, id, { ownerId: PEOPLE.frLam });

    expect(await revenueOf(app, id)).toEqual([
      `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 50% 500 EUR`,
      `frLam REVENUE ORIGINAL ${NOW} PROVISIONAL 50% 500 EUR`,
    ]);
  });

  it('moves the ship-to share when the ship-to country changes', async () => {
    const id = await createDeal(app, {
      index: 13,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'PL',
    });

    await updateDeal(app, id, { shipToCountry: 'FR' });

    expect(await revenueOf(app, id)).toEqual([
      `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 75% 750 EUR`,
      `frLam REVENUE ORIGINAL ${NOW} PROVISIONAL 25% 250 EUR`,
    ]);
  });

  it('recomputes the open deals of a company that changes country', async () => {
    const id = await createDeal(app, {
      index: 14,
      amount: '1000',
      owner: PEOPLE.gam,
      company: 'SE',
      shipTo: 'SE',
    });

    await app.graphql(
      'mutation Move($id: UUID!) { updateCompany(id: $id, data: { countryCode: "FR" }) { id } }',
      { id: COMPANIES.SE },
    );
    await app.host.waitForIdle(60_000);

    expect(await revenueOf(app, id)).toEqual([
      `frLam REVENUE ORIGINAL ${NOW} PROVISIONAL 25% 250 EUR`,
      `gam REVENUE ORIGINAL ${NOW} PROVISIONAL 75% 750 EUR`,
    ]);
  });

  it('credits a new local account manager and resolves the uncovered-country conflict', async () => {
    const id = await createDeal(app, {
      index: 15,
      amount: '1000',
      owner: PEOPLE.usRep,
      company: 'US',
    });
    expect(await openConflictKeys(app)).toContain(
      `UNCOVERED_COUNTRY:${GLOBAL_ACCOUNT}:US`,
    );

    await app.graphql(
      'mutation Join($data: [AccountTeamMemberCreateInput!]!) { createAccountTeamMembers(data: $data) { id } }',
      {
        data: [
          {
            id: teamMemberId(9),
            name: 'LAM US',
            globalAccountId: GLOBAL_ACCOUNT,
            workspaceMemberId: PEOPLE.usLam,
            role: 'LOCAL_ACCOUNT_MANAGER',
            countryCode: 'US',
            startDate: '2025-01-01',
          },
        ],
      },
    );
    await app.host.waitForIdle(60_000);

    expect(await revenueOf(app, id)).toEqual([
      `usLam REVENUE ORIGINAL ${NOW} PROVISIONAL 50% 500 EUR`,
      `usRep REVENUE ORIGINAL ${NOW} PROVISIONAL 50% 500 EUR`,
    ]);
    expect(await openConflictKeys(app)).not.toContain(
      `UNCOVERED_COUNTRY:${GLOBAL_ACCOUNT}:US`,
    );
  });

  it('reverses the lines of a lost deal and of a deleted deal, and brings them back on restore', async () => {
    const lost = await createDeal(app, {
      index: 16,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'DE',
    });
    const deleted = await createDeal(app, {
      index: 17,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'DE',
    });
    const credited = await ledgerOf(app, deleted);

    await updateDeal(app, lost, { stage: 'SCREENING' });
    await app.graphql(
      'mutation Delete($id: UUID!) { deleteOpportunity(id: $id) { id } }',
      { id: deleted },
    );
    await app.host.waitForIdle(60_000);

    expect(await ledgerOf(app, lost)).toEqual([]);
    expect(await ledgerOf(app, deleted)).toEqual([]);
    expect(
      (await ledgerOf(app, deleted, true)).every((line) =>
        line.includes('REVERSED'),
      ),
    ).toBe(true);

    await app.graphql(
      'mutation Restore($id: UUID!) { restoreOpportunity(id: $id) { id } }',
      { id: deleted },
    );
    await app.host.waitForIdle(60_000);

    expect(await ledgerOf(app, deleted)).toEqual(credited);
  });

  it('refuses a manual split that does not sum to 100.00 and changes nothing', async () => {
    const id = await createDeal(app, {
      index: 18,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'PL',
    });
    const before = await ledgerOf(app, id, true);

    await app.graphql(
      'mutation Manual($data: [CreditAllocationCreateInput!]!) { createCreditAllocations(data: $data) { id } }',
      {
        data: [
          {
            name: 'DE share',
            opportunityId: id,
            globalAccountId: GLOBAL_ACCOUNT,
            recipientId: PEOPLE.deLam,
            creditType: 'REVENUE',
            percent: 90,
            source: 'MANUAL',
            period: NOW,
          },
        ],
      },
    );
    await app.host.waitForIdle(60_000);

    const policyLines = (await ledgerOf(app, id, true)).filter(
      (line) => !line.includes(' 90% '),
    );
    expect(policyLines).toEqual(before);
    const refusal = app.host
      .runs()
      .find(
        (run) =>
          run.functionName === 'on-credit-allocation-created' &&
          JSON.stringify(run.result).includes('sum to exactly 100.00'),
      );
    expect(refusal).toBeDefined();
  });

  it('refuses an unknown currency without writing a partial ledger', async () => {
    const id = await createDeal(app, {
      index: 19,
      amount: '1000',
      currency: 'ZZZ',
      owner: PEOPLE.deLam,
      company: 'DE',
    });

    expect(await ledgerOf(app, id, true)).toEqual([]);
    const creditRun = app.host
      .runs()
      .findLast((run) => run.functionName === 'on-opportunity-created');
    expect(JSON.stringify(creditRun?.result)).toContain(
      'unknown currency \\"ZZZ\\"',
    );
  });

  it('ignores a malformed event without failing or writing', async () => {
    const runsBefore = app.host.runs().length;

    app.host.replayEvents([
      {
        name: 'opportunity.updated',
        events: [
          {
            recordId: 'not-a-record',
            properties: { updatedFields: ['amount'] },
          },
        ],
      },
    ]);
    await app.host.waitForIdle(60_000);

    // Every function on opportunity.updated (credit, the agreement features) gets the event.
    const runs = app.host.runs().slice(runsBefore);
    expect(
      runs.filter((run) => run.functionName === 'on-opportunity-updated'),
    ).toHaveLength(1);
    runs.forEach((run) => {
      expect(run.status).toBe('succeeded');
      expect(run.result).toMatchObject({ outcome: 'invalid-payload' });
    });
  });

  it('applies a new account policy to the open deals, and keeps the ledger when the policy is invalid', async () => {
    const id = await createDeal(app, {
      index: 20,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'PL',
    });
    const setPolicy = async (creditPolicy: unknown) => {
      await app.graphql(
        'mutation Policy($id: UUID!, $policy: JSON) { updateGlobalAccount(id: $id, data: { creditPolicy: $policy }) { id } }',
        { id: GLOBAL_ACCOUNT, policy: creditPolicy },
      );
      await app.host.waitForIdle(60_000);
    };

    await setPolicy({
      revenue: [{ role: 'BOOKING_OWNER', percent: 100 }],
      overlay: [],
    });
    const underNewPolicy = await ledgerOf(app, id);
    await setPolicy({ revenue: [{ role: 'BOOKING_OWNER', percent: 99.99 }] });

    expect(underNewPolicy).toEqual([
      `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 100% 1000 EUR`,
    ]);
    expect(await ledgerOf(app, id)).toEqual(underNewPolicy);
  });
});
