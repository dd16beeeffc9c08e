import countries from 'i18n-iso-countries';

import {
  createCreditScenario,
  createDeal,
  GLOBAL_ACCOUNT,
  PEOPLE,
  updateDeal,
} from '../support/credit-scenario.util';
import {
  computeFromFullData,
  conflictKeys,
  coverageFromFullData,
  readAllRows,
} from '../support/full-data.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

// Twenty serves at most 60 rows of a nested one-to-many connection and ignores its first,
// filter and orderBy: these lists are longer, so only root queries with paging see them all.
const uuid = (group: number, index: number): string =>
  `e2e1${String(group).padStart(4, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

const upsert = (
  app: AppHost,
  mutation: string,
  input: string,
  data: object[],
) =>
  app.graphql(
    `mutation Seed($data: [${input}!]!) { ${mutation}(data: $data, upsert: true) { id } }`,
    { data },
  );

const inBatches = async (
  rows: object[],
  write: (batch: object[]) => Promise<unknown>,
): Promise<void> => {
  for (let start = 0; start < rows.length; start += 100)
    await write(rows.slice(start, start + 100));
};

const createPeople = async (app: AppHost, group: number, count: number) => {
  const ids = Array.from({ length: count }, (_, index) =>
    uuid(group, index + 1),
  );
  await inBatches(
    ids.map((id, index) => ({
      id,
      userId: id,
      name: { firstName: `Person ${index}`, lastName: 'Test' },
      userEmail: `p${group}-${index}@example.com`,
    })),
    (batch) =>
      upsert(
        app,
        'createWorkspaceMembers',
        'WorkspaceMemberCreateInput',
        batch,
      ),
  );
  return ids;
};

/** The stored ledger of an opportunity, read in full, as comparable strings. */
const storedLedger = async (app: AppHost, opportunityId: string) =>
  (
    await readAllRows(app, {
      field: 'creditAllocations',
      typeName: 'CreditAllocation',
      selection:
        'recipientId creditType entryType period status percent amount { amountMicros currencyCode }',
      filter: { opportunityId: { eq: opportunityId } },
    })
  )
    .map(
      (line) =>
        `${String(line.recipientId)} ${String(line.creditType)} ${String(line.entryType)} ${String(line.period)} ${String(line.status)} ${String(line.percent)} ${JSON.stringify(line.amount)}`,
    )
    .sort();

describe('credit from long lists, through the built app on the host (root queries, paged)', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
    await createCreditScenario(app);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('gives an opportunity with 150 credit lines the ledger the domain computes from the full data', async () => {
    const recipients = await createPeople(app, 10, 149);
    const id = await createDeal(app, {
      index: 901,
      amount: '149000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'PL',
    });
    const rows = recipients.map((recipientId, index) => ({
      name: `Overlay ${index}`,
      opportunityId: id,
      globalAccountId: GLOBAL_ACCOUNT,
      recipientId,
      countryCode: 'DE',
      creditType: 'OVERLAY',
      percent: 1,
      source: 'MANUAL',
      entryType: 'ORIGINAL',
      status: 'PROVISIONAL',
    }));

    // A manager splits the overlay between 149 people (two batches, two runs).
    await inBatches(rows, (batch) =>
      upsert(
        app,
        'createCreditAllocations',
        'CreditAllocationCreateInput',
        batch,
      ),
    );
    await app.host.waitForIdle(120_000);
    await updateDeal(app, id, {
      amount: { amountMicros: 298_000_000_000, currencyCode: 'EUR' },
    });

    const ledger = await storedLedger(app, id);
    expect(ledger.length).toBeGreaterThanOrEqual(150);
    expect(
      ledger.filter(
        (line) => line.includes(' OVERLAY ') && line.includes(' 1 '),
      ),
    ).toHaveLength(149);
    expect(
      ledger.filter(
        (line) =>
          line.includes(' OVERLAY ') &&
          line.includes('"amountMicros":2980000000,'),
      ),
    ).toHaveLength(149);
    // A fixed point: the domain, given every stored row, wants nothing changed.
    const fromFullData = await computeFromFullData(app, id);
    expect(fromFullData.diff).toEqual({
      creates: [],
      updates: [],
      reversals: [],
    });
    expect(
      await conflictKeys(app, {
        opportunityId: { eq: id },
        status: { in: ['OPEN', 'ACKNOWLEDGED'] },
      }),
    ).toEqual(
      fromFullData.conflicts
        .filter((conflict) => conflict.opportunityId === id)
        .map((conflict) => conflict.dedupeKey)
        .sort(),
    );
  });

  it('gives an account with 300 companies, 80 team members and 70 conflicts the conflicts and ledger the domain computes from the full data', async () => {
    const account = uuid(20, 1);
    const codes = Object.keys(countries.getAlpha2Codes()).sort().slice(0, 150);
    const people = await createPeople(app, 21, 81);
    const gam = people[80] as string;
    await upsert(app, 'createGlobalAccounts', 'GlobalAccountCreateInput', [
      {
        id: account,
        name: 'Long Lists Group',
        globalAccountManagerId: gam,
        reportingCurrency: 'EUR',
        status: 'ACTIVE',
      },
    ]);
    const companies = Array.from({ length: 300 }, (_, index) => ({
      id: uuid(22, index + 1),
      name: `Long Lists ${index}`,
      // Lower case and padded on purpose: "de" and " DE " mean DE.
      countryCode:
        index % 2 === 0
          ? codes[index % 150]
          : ` ${codes[index % 150]?.toLowerCase()} `,
      globalAccountId: account,
    }));
    await inBatches(companies, (batch) =>
      upsert(app, 'createCompanies', 'CompanyCreateInput', batch),
    );
    // 80 local account managers cover the first 80 of the 150 member countries.
    const team = people.slice(0, 80).map((workspaceMemberId, index) => ({
      id: uuid(23, index + 1),
      name: `LAM ${codes[index]}`,
      globalAccountId: account,
      workspaceMemberId,
      role: 'LOCAL_ACCOUNT_MANAGER',
      countryCode: codes[index],
      startDate: '2025-01-01',
    }));
    await upsert(
      app,
      'createAccountTeamMembers',
      'AccountTeamMemberCreateInput',
      team,
    );
    await app.host.waitForIdle(120_000);

    const open = { globalAccountId: { eq: account }, status: { eq: 'OPEN' } };
    expect(await conflictKeys(app, open)).toHaveLength(70);
    expect(await conflictKeys(app, open)).toEqual(
      await coverageFromFullData(app, account),
    );

    // One LAM leaves, one uncovered country gets a LAM: with 70 stored conflicts (over 60)
    // the app must resolve exactly one and raise exactly one, no duplicate.
    await app.graphql(
      'mutation Leave($id: UUID!) { updateAccountTeamMember(id: $id, data: { endDate: "2025-06-30" }) { id } }',
      { id: uuid(23, 1) },
    );
    await upsert(
      app,
      'createAccountTeamMembers',
      'AccountTeamMemberCreateInput',
      [
        {
          id: uuid(23, 81),
          name: `LAM ${codes[149]}`,
          globalAccountId: account,
          workspaceMemberId: people[79],
          role: 'LOCAL_ACCOUNT_MANAGER',
          countryCode: codes[149],
          startDate: '2025-01-01',
        },
      ],
    );
    await app.host.waitForIdle(120_000);

    const expected = await coverageFromFullData(app, account);
    expect(expected).toHaveLength(70);
    expect(await conflictKeys(app, open)).toEqual(expected);
    expect(
      await conflictKeys(app, {
        globalAccountId: { eq: account },
        status: { eq: 'RESOLVED' },
      }),
    ).toEqual([`UNCOVERED_COUNTRY:${account}:${codes[149]}`]);

    // A deal of one of the 300 companies: ledger and conflicts as the domain computes them.
    await upsert(app, 'createOpportunities', 'OpportunityCreateInput', [
      {
        id: uuid(24, 1),
        name: 'Long Lists deal',
        ownerId: people[1],
        companyId: uuid(22, 300),
        stage: 'PROPOSAL',
        closeDate: `${new Date().toISOString().slice(0, 10)}T12:00:00.000Z`,
        amount: { amountMicros: 1_000_000_000, currencyCode: 'EUR' },
        shipToCountry: ` ${codes[1]?.toLowerCase()}`,
      },
    ]);
    await app.host.waitForIdle(120_000);
    const fromFullData = await computeFromFullData(app, uuid(24, 1));
    expect(fromFullData.diff).toEqual({
      creates: [],
      updates: [],
      reversals: [],
    });
    expect((await storedLedger(app, uuid(24, 1))).length).toBeGreaterThan(0);
    // The deal's owner works another country than its company's: the radar's
    // CROSS_REGION_PROSPECT conflicts (test/conflict-radar) are not the credit's.
    const creditConflictKeys = (await conflictKeys(app, open)).filter(
      (key) => !key.startsWith('CROSS_REGION_PROSPECT:'),
    );
    expect(creditConflictKeys).toEqual(
      [
        ...new Set([
          ...expected,
          ...fromFullData.conflicts
            .filter((conflict) => conflict.kind === 'UNCOVERED_COUNTRY')
            .map((conflict) => conflict.dedupeKey),
        ]),
      ].sort(),
    );
  });
});
