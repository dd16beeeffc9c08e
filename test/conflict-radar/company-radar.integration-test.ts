import { startAppHost, type AppHost } from '../support/start-app-host.util';

// CONFLICTS.md "Matching companies" and "Conflict lifecycle" on the host: the company event
// steps match each change as it happens; the nightly batch (conflict-radar-nightly) checks
// every company again and finds what the events could not.
const uuid = (group: number, index: number): string =>
  `c0a0${String(group).padStart(4, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

const PEOPLE = { gam: uuid(1, 1), plLam: uuid(1, 2), deRep: uuid(1, 3) };
const NAME_OF: Record<string, string> = Object.fromEntries(
  Object.entries(PEOPLE).map(([key, id]) => [id, key]),
);
const FAMILY = uuid(2, 1);
const C = {
  pl: uuid(3, 1),
  sameNumber: uuid(3, 2),
  variant: uuid(3, 3),
  norway: uuid(3, 4),
  bad: uuid(3, 5),
  empty: uuid(3, 6),
  twinA: uuid(3, 7),
  twinB: uuid(3, 8),
  negative: uuid(3, 9),
};
const TAG: Record<string, string> = Object.fromEntries(
  Object.entries(C).map(([key, id]) => [id, key]),
);

type ConflictRow = {
  id: string;
  kind: string;
  severity: string;
  status: string;
  dedupeKey: string;
  companyId: string | null;
  assigneeId: string | null;
  summary: string;
  evidenceHash: string;
  resolutionReason: string | null;
  details: Record<string, unknown>;
};

const radarConflicts = async (app: AppHost): Promise<ConflictRow[]> => {
  const data = await app.graphql<{
    conflicts: { edges: { node: ConflictRow }[] };
  }>(
    `query { conflicts(first: 200, filter: { kind: { in: [DUPLICATE_COMPANY, UNLINKED_AFFILIATE] } }, orderBy: [{ dedupeKey: AscNullsFirst }]) {
      edges { node { id kind severity status dedupeKey companyId assigneeId summary evidenceHash resolutionReason details } } } }`,
  );
  return data.conflicts.edges.map((edge) => edge.node);
};

const describeRows = (rows: ConflictRow[]) =>
  rows
    .map(
      (row) =>
        `${row.kind} ${row.severity} ${row.status} ${TAG[row.companyId ?? ''] ?? '?'} ${NAME_OF[row.assigneeId ?? ''] ?? 'nobody'}`,
    )
    .sort();

const nightly = async (app: AppHost) => {
  const run = await app.host.runCron('conflict-radar-nightly');
  await app.host.waitForIdle(120_000);
  expect(run.status).toBe('succeeded');
  return run.result as {
    outcome: string;
    companies: number;
    keysWritten: number;
    conflictsWritten: number;
    requests: number;
  };
};

const upsert = async (
  app: AppHost,
  plural: string,
  type: string,
  data: object[],
) =>
  app.graphql(
    `mutation Seed($data: [${type}CreateInput!]!) { create${plural}(data: $data, upsert: true) { id } }`,
    { data },
  );

const updateCompany = async (
  app: AppHost,
  id: string,
  data: Record<string, unknown>,
) => {
  await app.graphql(
    'mutation U($id: UUID!, $data: CompanyUpdateInput!) { updateCompany(id: $id, data: $data) { id } }',
    { id, data },
  );
  await app.host.waitForIdle(120_000);
};

const company = (
  id: string,
  name: string,
  country: string,
  extra: Record<string, unknown> = {},
) => ({ id, name, countryCode: country, ...extra });

describe('conflict radar: duplicates and unlinked affiliates', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost({ startAt: Date.UTC(2026, 9, 2, 8, 0, 0) });
    await upsert(
      app,
      'WorkspaceMembers',
      'WorkspaceMember',
      Object.entries(PEOPLE).map(([key, id]) => ({
        id,
        userId: id,
        name: { firstName: key, lastName: 'Test' },
        userEmail: `${key}@example.com`,
      })),
    );
    await upsert(app, 'GlobalAccounts', 'GlobalAccount', [
      {
        id: FAMILY,
        name: 'Nordvik Group',
        globalAccountManagerId: PEOPLE.gam,
        reportingCurrency: 'EUR',
        status: 'ACTIVE',
        corporateDomains: ['nordvik.com'],
      },
    ]);
    await upsert(app, 'AccountTeamMembers', 'AccountTeamMember', [
      {
        id: uuid(4, 1),
        name: 'GAM',
        globalAccountId: FAMILY,
        workspaceMemberId: PEOPLE.gam,
        role: 'GLOBAL_ACCOUNT_MANAGER',
        countryCode: 'SE',
        startDate: '2025-01-01',
      },
      {
        id: uuid(4, 2),
        name: 'PL',
        globalAccountId: FAMILY,
        workspaceMemberId: PEOPLE.plLam,
        role: 'LOCAL_ACCOUNT_MANAGER',
        countryCode: 'PL',
        startDate: '2025-01-01',
      },
      {
        id: uuid(4, 3),
        name: 'DE rep',
        globalAccountId: FAMILY,
        workspaceMemberId: PEOPLE.deRep,
        role: 'LOCAL_ACCOUNT_MANAGER',
        countryCode: 'DE',
        startDate: '2025-01-01',
      },
    ]);
    await upsert(app, 'Companies', 'Company', [
      company(C.pl, 'Nordvik Polska Sp. z o.o.', 'PL', {
        globalAccountId: FAMILY,
        domainName: { primaryLinkUrl: 'https://nordvik.pl' },
        registrationNumber: 'PL5252812345',
        accountOwnerId: PEOPLE.plLam,
      }),
      // The DE office's records of the PL subsidiary: same number (SAME_ENTITY), spelling variant (POSSIBLE).
      company(C.sameNumber, 'Nordvik Polska S.A.', 'PL', {
        registrationNumber: 'PL 525-281-23-45',
        accountOwnerId: PEOPLE.deRep,
      }),
      company(C.variant, 'Nordvick Polska', 'PL', {
        accountOwnerId: PEOPLE.deRep,
      }),
      // On the family's corporate domain, not attached: an affiliate, never a duplicate.
      company(C.norway, 'Nordvik Norge AS', 'NO', {
        domainName: { primaryLinkUrl: 'https://www.nordvik.com/no' },
      }),
      // Bad input: punctuation-only name, IP address with a port, number without digits.
      company(C.bad, '!!!', 'PL', {
        domainName: { primaryLinkUrl: 'http://10.0.0.1:8080/x' },
        registrationNumber: 'ABCDEF',
      }),
      company(C.empty, '', 'DE', {
        domainName: { primaryLinkUrl: 'https://bücher.de:8443/path?q=1' },
        registrationNumber: 'DE12AB',
      }),
      // A hard negative: shares the brand's first letters in the same country, another company.
      company(C.negative, 'Nordea Polska', 'PL', {
        domainName: { primaryLinkUrl: 'https://nordea.pl' },
      }),
    ]);
    await upsert(app, 'Opportunities', 'Opportunity', [
      {
        id: uuid(5, 1),
        name: 'Warehouse lighting',
        companyId: C.pl,
        stage: 'PROPOSAL',
        amount: { amountMicros: 987_654_000_000, currencyCode: 'EUR' },
        ownerId: PEOPLE.plLam,
      },
    ]);
    await app.host.waitForIdle(120_000);
  }, 600_000);

  afterAll(async () => {
    await app.host.stop();
  });

  it('raises DUPLICATE_COMPANY (CRITICAL same entity, INFO possible) and UNLINKED_AFFILIATE, assigned to the local account manager or the GAM', async () => {
    // The creation events already matched everything: the nightly run finds nothing to change.
    const run = await nightly(app);
    expect(run).toMatchObject({
      outcome: 'done',
      companies: 7,
      keysWritten: 0,
      conflictsWritten: 0,
    });
    const rows = await radarConflicts(app);
    expect(describeRows(rows)).toEqual([
      'DUPLICATE_COMPANY CRITICAL OPEN sameNumber plLam',
      'DUPLICATE_COMPANY INFO OPEN variant deRep',
      'DUPLICATE_COMPANY INFO OPEN variant plLam',
      'UNLINKED_AFFILIATE WARNING OPEN norway gam',
    ]);
    const critical = rows.find((row) => row.severity === 'CRITICAL');
    // Last activity: the latest change of the company's opportunities, as stored.
    const deal = await app.graphql<{ opportunity: { updatedAt: string } }>(
      `query { opportunity(filter: { id: { eq: "${uuid(5, 1)}" } }) { updatedAt } }`,
    );
    expect(critical?.summary).toBe(
      `Nordvik Polska S.A. is the same company as Nordvik Polska Sp. z o.o. (PL; office PL; owner plLam Test; global account Nordvik Group; 1 open opportunity; last activity ${deal.opportunity.updatedAt.slice(0, 10)}) (same registration number, similar name): merge the two records.`,
    );
    expect(
      rows.find((row) => row.kind === 'UNLINKED_AFFILIATE')?.summary,
    ).toMatch(
      /^Nordvik Norge AS shares the domain nordvik\.com with the global account Nordvik Group but is not attached to it: attach it to Nordvik Group/,
    );
  });

  it('shows only the seven privacy facts of the other record, never amounts', async () => {
    const rows = await radarConflicts(app);
    const other = rows.find((row) => row.severity === 'CRITICAL')?.details
      .other as Record<string, unknown>;
    expect(Object.keys(other).sort()).toEqual([
      'countryCode',
      'globalAccountName',
      'lastActivityAt',
      'name',
      'openOpportunityCount',
      'ownerName',
      'owningOffice',
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/987654|987\.654|amount/i);
  });

  it('writes the match keys, and leaves bad input unmatched with no partial write', async () => {
    const data = await app.graphql<{
      companies: { edges: { node: Record<string, string | null> }[] };
    }>(
      `query { companies(filter: { id: { in: ["${C.pl}", "${C.bad}", "${C.empty}"] } }, orderBy: [{ id: AscNullsFirst }]) {
        edges { node { id matchKey matchBrandKey matchDomain matchRegistrationKey matchPhoneticKey matchPrefixKey registrationNumber } } } }`,
    );
    expect(data.companies.edges.map((edge) => edge.node)).toEqual([
      {
        id: C.pl,
        matchKey: 'nordvikpolska',
        matchBrandKey: 'nordvik',
        matchDomain: 'nordvik.pl',
        matchRegistrationKey: 'PL:5252812345',
        matchPhoneticKey: 'PL:NRTF',
        matchPrefixKey: 'PL:nord:7',
        registrationNumber: 'PL5252812345',
      },
      {
        id: C.bad,
        matchKey: null,
        matchBrandKey: null,
        matchDomain: null,
        matchRegistrationKey: null,
        matchPhoneticKey: null,
        matchPrefixKey: null,
        registrationNumber: 'ABCDEF',
      },
      {
        id: C.empty,
        matchKey: null,
        matchBrandKey: null,
        matchDomain: 'xn--bcher-kva.de',
        matchRegistrationKey: null,
        matchPhoneticKey: null,
        matchPrefixKey: null,
        registrationNumber: 'DE12AB',
      },
    ]);
  });

  it('writes nothing when nothing changed: one page read and one candidate read', async () => {
    const before = await radarConflicts(app);
    const run = await nightly(app);
    expect(run).toMatchObject({
      outcome: 'done',
      keysWritten: 0,
      conflictsWritten: 0,
      requests: 2,
    });
    expect(await radarConflicts(app)).toEqual(before);
  });

  it('keeps a dismissed conflict dismissed until its evidence changes', async () => {
    const possible = (await radarConflicts(app)).find(
      (row) => row.dedupeKey === `DUPLICATE_COMPANY:${C.pl}:${C.variant}`,
    );
    await app.graphql(
      'mutation D($id: UUID!) { updateConflict(id: $id, data: { status: DISMISSED }) { id } }',
      { id: possible?.id },
    );
    // Same name key (a legal form added): same evidence, stays dismissed.
    await updateCompany(app, C.variant, { name: 'Nordvick Polska Sp. z o.o.' });
    await nightly(app);
    const still = (await radarConflicts(app)).find(
      (row) => row.id === possible?.id,
    );
    expect([still?.status, still?.evidenceHash]).toEqual([
      'DISMISSED',
      possible?.evidenceHash,
    ]);

    // Another spelling: new evidence, raised again.
    await updateCompany(app, C.variant, { name: 'Nordwik Polska' });
    await nightly(app);
    const back = (await radarConflicts(app)).find(
      (row) => row.id === possible?.id,
    );
    expect(back?.status).toBe('OPEN');
    expect(back?.evidenceHash).not.toBe(possible?.evidenceHash);
    expect(back?.summary).toMatch(/^Nordwik Polska may be the same company as/);
  });

  it('resolves a conflict whose cause is gone, with the reason', async () => {
    await updateCompany(app, C.norway, { globalAccountId: FAMILY });
    // Attached, Norway's brand now links the unattached PL records to the family.
    expect(
      describeRows(
        (await radarConflicts(app)).filter(
          (row) => row.kind === 'UNLINKED_AFFILIATE' && row.status === 'OPEN',
        ),
      ),
    ).toEqual(['UNLINKED_AFFILIATE WARNING OPEN sameNumber plLam']);

    await updateCompany(app, C.sameNumber, {
      registrationNumber: 'PL1111111111',
      name: 'Nordvik Trading',
    });
    await nightly(app);
    const rows = await radarConflicts(app);
    expect(
      rows
        .filter((row) => row.status === 'RESOLVED')
        .map((row) => [
          row.kind,
          TAG[row.companyId ?? ''],
          row.resolutionReason,
        ])
        .sort(),
    ).toEqual([
      [
        'DUPLICATE_COMPANY',
        'sameNumber',
        'Nordvik Trading no longer matches the other company (it was changed, merged or deleted).',
      ],
      [
        'DUPLICATE_COMPANY',
        'variant',
        'Nordvik Trading no longer matches the other company (it was changed, merged or deleted).',
      ],
      [
        'UNLINKED_AFFILIATE',
        'norway',
        'Nordvik Norge AS is now attached to a global account.',
      ],
      [
        'UNLINKED_AFFILIATE',
        'sameNumber',
        'Nordvik Trading no longer shares a domain or brand with the global account.',
      ],
    ]);
  });

  it('catches two records saved at the same moment in the nightly batch', async () => {
    // Two runs that each read before the other wrote its keys see nothing: the same as a
    // creation whose delivery is lost, which is how the host reproduces it deterministically.
    app.host.faults.dropNext({ target: { eventName: 'company.created' } });
    await upsert(app, 'Companies', 'Company', [
      company(C.twinA, 'Havbris Marine AS', 'NO'),
      company(C.twinB, 'Havbris Marine', 'NO'),
    ]);
    await app.host.waitForIdle(120_000);
    expect(
      (await radarConflicts(app)).filter((row) =>
        row.dedupeKey.includes(C.twinA),
      ),
    ).toEqual([]);

    const run = await nightly(app);

    expect(run).toMatchObject({ keysWritten: 2, conflictsWritten: 1 });
    const twins = (await radarConflicts(app)).filter(
      (row) => row.dedupeKey === `DUPLICATE_COMPANY:${C.twinA}:${C.twinB}`,
    );
    expect(twins.map((row) => [row.severity, row.status])).toEqual([
      ['INFO', 'OPEN'],
    ]);
  });
});
