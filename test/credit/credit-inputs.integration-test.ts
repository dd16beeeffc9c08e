import {
  createCreditScenario,
  createDeal,
  CURRENT_PERIOD,
  GLOBAL_ACCOUNT,
  ledgerOf,
  PEOPLE,
  updateDeal,
} from '../support/credit-scenario.util';
import { computeFromFullData, readAllRows } from '../support/full-data.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

const NOW = CURRENT_PERIOD.name;

type ConflictRow = {
  dedupeKey: string;
  kind: string;
  status: string;
  summary: string;
  assigneeId: string | null;
  opportunityId: string | null;
  globalAccountId: string | null;
};

const conflictsOf = async (
  app: AppHost,
  dedupeKey: string,
): Promise<ConflictRow[]> =>
  (await readAllRows(app, {
    field: 'conflicts',
    typeName: 'Conflict',
    selection:
      'dedupeKey kind status summary assigneeId opportunityId globalAccountId',
    filter: { dedupeKey: { eq: dedupeKey } },
  })) as ConflictRow[];

const setPolicy = async (app: AppHost, creditPolicy: unknown) => {
  await app.graphql(
    'mutation Policy($id: UUID!, $data: GlobalAccountUpdateInput!) { updateGlobalAccount(id: $id, data: $data) { id } }',
    { id: GLOBAL_ACCOUNT, data: { creditPolicy } },
  );
  await app.host.waitForIdle(60_000);
};

const lastValidPolicy = async (app: AppHost): Promise<unknown> =>
  (
    await readAllRows(app, {
      field: 'globalAccounts',
      typeName: 'GlobalAccount',
      selection: 'id lastValidCreditPolicy',
      filter: { id: { eq: GLOBAL_ACCOUNT } },
    })
  )[0]?.lastValidCreditPolicy;

describe('credit inputs a manager can trust, through the built app on the host', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
    await createCreditScenario(app);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('keeps the last valid policy in force, raises INVALID_POLICY naming every broken rule for the GAM, and resolves it once fixed', async () => {
    const bookingOnly = { revenue: [{ role: 'BOOKING_OWNER', percent: 100 }] };
    await setPolicy(app, bookingOnly);
    expect(await lastValidPolicy(app)).toEqual(bookingOnly);

    await setPolicy(app, {
      revenue: [
        { role: 'BOOKING_OWNER', percent: 90 },
        { role: 'CHIEF_EVERYTHING', percent: 9.999 },
      ],
    });
    const id = await createDeal(app, {
      index: 41,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'PL',
      shipTo: 'FR',
    });

    // The last valid policy: all revenue to the booking owner, no overlay.
    expect(await ledgerOf(app, id)).toEqual([
      `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 100% 1000 EUR`,
    ]);
    expect(await lastValidPolicy(app)).toEqual(bookingOnly);
    const [raised] = await conflictsOf(app, `INVALID_POLICY:${GLOBAL_ACCOUNT}`);
    expect(raised).toMatchObject({
      kind: 'INVALID_POLICY',
      status: 'OPEN',
      assigneeId: PEOPLE.gam,
      globalAccountId: GLOBAL_ACCOUNT,
    });
    expect(raised?.summary).toContain('TOO_MANY_DECIMALS');
    expect(raised?.summary).toContain('UNKNOWN_ROLE');

    await setPolicy(app, null);

    expect(
      (await conflictsOf(app, `INVALID_POLICY:${GLOBAL_ACCOUNT}`)).map(
        (conflict) => conflict.status,
      ),
    ).toEqual(['RESOLVED']);
    expect(await lastValidPolicy(app)).toBeNull();
    // Storing the policy in force is no policy change: one run per admin edit, no loop.
    expect(
      app.host
        .runs()
        .filter((run) => run.functionName === 'on-global-account-updated'),
    ).toHaveLength(3);
    expect(await ledgerOf(app, id)).toEqual([
      `deLam REVENUE ORIGINAL ${NOW} PROVISIONAL 50% 500 EUR`,
      `frLam REVENUE ORIGINAL ${NOW} PROVISIONAL 25% 250 EUR`,
      `gam OVERLAY ORIGINAL ${NOW} PROVISIONAL 100% 1000 EUR`,
      `plLam REVENUE ORIGINAL ${NOW} PROVISIONAL 25% 250 EUR`,
    ]);
  });

  it('shows an unknown country code on the opportunity for its owner, changes nothing, and resolves it once fixed', async () => {
    const id = await createDeal(app, {
      index: 42,
      amount: '1000',
      owner: PEOPLE.plLam,
      company: 'DE',
      shipTo: 'de',
    });
    const credited = await ledgerOf(app, id);

    await updateDeal(app, id, { shipToCountry: 'Germany' });

    expect(await ledgerOf(app, id)).toEqual(credited);
    const [refusal] = await conflictsOf(app, `INVALID_INPUT:${id}`);
    expect(refusal).toMatchObject({
      kind: 'INVALID_INPUT',
      status: 'OPEN',
      opportunityId: id,
      assigneeId: PEOPLE.plLam,
    });
    expect(refusal?.summary).toContain('opportunity.shipToCountry');
    expect(refusal?.summary).toContain('"Germany"');

    await updateDeal(app, id, { shipToCountry: ' PL ' });

    expect(
      (await conflictsOf(app, `INVALID_INPUT:${id}`)).map((c) => c.status),
    ).toEqual(['RESOLVED']);
    expect(await ledgerOf(app, id)).toContain(
      `plLam REVENUE ORIGINAL ${NOW} PROVISIONAL 75% 750 EUR`,
    );
  });

  it('shows a manual split that is not 100.00 on the opportunity, once, and resolves it once fixed', async () => {
    const id = await createDeal(app, {
      index: 43,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'DE',
    });
    const credited = await ledgerOf(app, id);
    const manual = (recipientId: string, percent: number, suffix: string) => ({
      id: `e2e30000-0000-4000-8000-00000000004${suffix}`,
      name: `Manual ${suffix}`,
      opportunityId: id,
      globalAccountId: GLOBAL_ACCOUNT,
      recipientId,
      countryCode: 'DE',
      creditType: 'REVENUE',
      percent,
      source: 'MANUAL',
      entryType: 'ORIGINAL',
      status: 'PROVISIONAL',
    });

    await app.graphql(
      'mutation Manual($data: [CreditAllocationCreateInput!]!) { createCreditAllocations(data: $data) { id } }',
      {
        data: [manual(PEOPLE.deLam, 60, '1'), manual(PEOPLE.frLam, 39.99, '2')],
      },
    );
    await app.host.waitForIdle(60_000);

    expect(
      // The manager's refused lines stay as typed (no period, no amount yet).
      (await ledgerOf(app, id)).filter((line) => !line.includes(' null ')),
    ).toEqual(credited);
    const refusals = await conflictsOf(app, `INVALID_INPUT:${id}`);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]?.summary).toContain('sum to 99.99');
    expect(refusals[0]?.assigneeId).toBe(PEOPLE.deLam);

    await app.graphql(
      'mutation Fix($id: UUID!) { updateCreditAllocation(id: $id, data: { percent: 40 }) { id } }',
      { id: manual(PEOPLE.frLam, 40, '2').id },
    );
    await app.host.waitForIdle(60_000);

    expect(
      (await conflictsOf(app, `INVALID_INPUT:${id}`)).map((c) => c.status),
    ).toEqual(['RESOLVED']);
    expect((await computeFromFullData(app, id)).diff).toEqual({
      creates: [],
      updates: [],
      reversals: [],
    });
  });

  it("reverses a deleted opportunity's lines even when Twenty nulled their opportunityId (SET_NULL)", async () => {
    const id = await createDeal(app, {
      index: 44,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'PL',
    });
    const lineIds = (
      await readAllRows(app, {
        field: 'creditAllocations',
        typeName: 'CreditAllocation',
        selection: 'id',
        filter: { opportunityId: { eq: id } },
      })
    ).map((row) => row.id as string);
    expect(lineIds.length).toBeGreaterThan(0);

    // What relation-on-delete does to SET_NULL relations of a soft-deleted record.
    await app.graphql(
      'mutation Orphan($ids: [UUID!]!) { updateCreditAllocations(filter: { id: { in: $ids } }, data: { opportunityId: null }) { id } }',
      { ids: lineIds },
    );
    await app.graphql(
      'mutation Delete($id: UUID!) { deleteOpportunity(id: $id) { id } }',
      { id },
    );
    await app.host.waitForIdle(60_000);

    const statuses = await readAllRows(app, {
      field: 'creditAllocations',
      typeName: 'CreditAllocation',
      selection: 'id status',
      filter: { id: { in: lineIds } },
    });
    expect(statuses.map((row) => row.status)).toEqual(
      lineIds.map(() => 'REVERSED'),
    );
  });
});
