import { startAppHost, type AppHost } from '../support/start-app-host.util';

// The conflict radar's company steps on the dispatchers of company.created, company.updated
// (matched fields only), company.deleted and company.restored.
const uuid = (group: number, index: number): string =>
  `c0b0${String(group).padStart(4, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

const PEOPLE = { gam: uuid(1, 1), plLam: uuid(1, 2), deRep: uuid(1, 3) };
const FAMILY = uuid(2, 1);
const MEMBER = uuid(3, 1);
const COPY = uuid(3, 2);
const KEY = `DUPLICATE_COMPANY:${MEMBER}:${COPY}`;

type Row = {
  id: string;
  severity: string;
  status: string;
  assigneeId: string | null;
  resolutionReason: string | null;
};

const conflictOf = async (app: AppHost): Promise<Row | undefined> => {
  const data = await app.graphql<{ conflicts: { edges: { node: Row }[] } }>(
    `query { conflicts(filter: { dedupeKey: { eq: "${KEY}" } }) { edges { node { id severity status assigneeId resolutionReason } } } }`,
  );
  return data.conflicts.edges[0]?.node;
};

const radarRuns = (app: AppHost, functionName: string) =>
  app.host
    .runs()
    .filter((run) => run.functionName === functionName)
    .map(
      (run) =>
        (run.result as { steps?: Record<string, unknown> } | undefined)
          ?.steps?.['conflict-radar'] as
          { outcome: string; requests?: number } | undefined,
    );

const mutate = async (
  app: AppHost,
  document: string,
  variables: Record<string, unknown>,
) => {
  await app.graphql(document, variables);
  await app.host.waitForIdle(120_000);
};

describe('conflict radar on company events', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost({ startAt: Date.UTC(2026, 9, 2, 8, 0, 0) });
    await mutate(
      app,
      'mutation M($data: [WorkspaceMemberCreateInput!]!) { createWorkspaceMembers(data: $data, upsert: true) { id } }',
      {
        data: Object.entries(PEOPLE).map(([key, id]) => ({
          id,
          userId: id,
          name: { firstName: key, lastName: 'Test' },
          userEmail: `${key}@example.com`,
        })),
      },
    );
    await mutate(
      app,
      'mutation G($data: [GlobalAccountCreateInput!]!) { createGlobalAccounts(data: $data, upsert: true) { id } }',
      {
        data: [
          {
            id: FAMILY,
            name: 'Nordvik Group',
            globalAccountManagerId: PEOPLE.gam,
            reportingCurrency: 'EUR',
            status: 'ACTIVE',
          },
        ],
      },
    );
    await mutate(
      app,
      'mutation T($data: [AccountTeamMemberCreateInput!]!) { createAccountTeamMembers(data: $data, upsert: true) { id } }',
      {
        data: [
          {
            id: uuid(4, 1),
            name: 'PL',
            globalAccountId: FAMILY,
            workspaceMemberId: PEOPLE.plLam,
            role: 'LOCAL_ACCOUNT_MANAGER',
            countryCode: 'PL',
            startDate: '2025-01-01',
          },
        ],
      },
    );
    await mutate(
      app,
      'mutation C($data: CompanyCreateInput!) { createCompany(data: $data) { id } }',
      {
        data: {
          id: MEMBER,
          name: 'Nordvik Polska Sp. z o.o.',
          countryCode: 'PL',
          registrationNumber: 'PL5252812345',
          globalAccountId: FAMILY,
        },
      },
    );
  }, 600_000);

  afterAll(async () => {
    await app.host.stop();
  });

  it('matches a created company at once, and its own key writes run nothing again', async () => {
    await mutate(
      app,
      'mutation C($data: CompanyCreateInput!) { createCompany(data: $data) { id } }',
      {
        data: {
          id: COPY,
          name: 'Nordvik Polska S.A.',
          countryCode: 'PL',
          registrationNumber: 'PL 525 281 23 45',
          accountOwnerId: PEOPLE.deRep,
        },
      },
    );

    expect(await conflictOf(app)).toMatchObject({
      severity: 'CRITICAL',
      status: 'OPEN',
      assigneeId: PEOPLE.plLam,
    });
    // Two creations, each written once (keys, and for the copy its conflict); the key
    // writes touch no watched field, so company.updated never ran.
    expect(radarRuns(app, 'on-company-created')).toEqual([
      expect.objectContaining({ outcome: 'written', keysWritten: 1 }),
      expect.objectContaining({
        outcome: 'written',
        keysWritten: 1,
        conflictsWritten: 1,
      }),
    ]);
    expect(radarRuns(app, 'on-company-updated')).toEqual([]);
  });

  it('costs one API request for a matched-field update that changes nothing', async () => {
    await mutate(
      app,
      'mutation U($id: UUID!, $data: CompanyUpdateInput!) { updateCompany(id: $id, data: $data) { id } }',
      { id: COPY, data: { name: 'Nordvik Polska SA' } },
    );

    expect(radarRuns(app, 'on-company-updated')).toEqual([
      expect.objectContaining({ outcome: 'unchanged', requests: 1 }),
    ]);
    expect((await conflictOf(app))?.status).toBe('OPEN');
  });

  it('does not run for a field matching does not read', async () => {
    await mutate(
      app,
      'mutation U($id: UUID!, $data: CompanyUpdateInput!) { updateCompany(id: $id, data: $data) { id } }',
      { id: COPY, data: { employees: 12 } },
    );

    expect(radarRuns(app, 'on-company-updated')).toHaveLength(1);
  });

  it('resolves the conflicts of a deleted company with the reason, and raises them again on restore', async () => {
    await mutate(
      app,
      'mutation D($id: UUID!) { deleteCompany(id: $id) { id } }',
      { id: COPY },
    );
    expect(await conflictOf(app)).toMatchObject({
      status: 'RESOLVED',
      resolutionReason: 'Nordvik Polska SA was deleted.',
    });

    await mutate(
      app,
      'mutation R($id: UUID!) { restoreCompany(id: $id) { id } }',
      { id: COPY },
    );
    expect(await conflictOf(app)).toMatchObject({
      status: 'OPEN',
      resolutionReason: null,
    });
  });
});
