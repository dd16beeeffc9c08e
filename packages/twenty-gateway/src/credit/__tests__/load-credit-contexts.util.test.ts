import { createFakeTwenty } from '../../paging/__tests__/fake-twenty';
import { loadCreditContexts } from '../load-credit-contexts.util';

const OPP = 'a0000000-0000-4000-8000-000000000001';

const lineRow = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  opportunityId: OPP,
  globalAccountId: 'ga-1',
  recipientId: 'wm-1',
  countryCode: 'DE',
  creditType: 'REVENUE',
  percent: 25.5,
  amount: { amountMicros: 1_000_000, currencyCode: 'EUR' },
  reportingAmount: { amountMicros: null, currencyCode: '' },
  period: '2026-Q4',
  entryType: 'ORIGINAL',
  status: 'PROVISIONAL',
  source: 'POLICY',
  reason: 'policy',
  entryKey: `${OPP}:wm-1:REVENUE:ORIGINAL:2026-Q4:EUR:v1:${id}`,
  ...overrides,
});

const opportunityRow = (overrides: Record<string, unknown> = {}) => ({
  id: OPP,
  amount: { amountMicros: 100_000_000, currencyCode: 'EUR' },
  stage: 'PROPOSAL',
  closeDate: '2026-11-15T00:00:00.000Z',
  ownerId: 'wm-1',
  companyId: 'co-1',
  bookingCountry: null,
  shipToCountry: 'PL',
  deletedAt: null,
  company: {
    id: 'co-1',
    countryCode: 'DE',
    globalAccountId: 'ga-1',
    globalAccount: {
      id: 'ga-1',
      globalAccountManagerId: 'wm-9',
      reportingCurrency: 'EUR',
      creditPolicy: null,
      lastValidCreditPolicy: null,
      deletedAt: null,
    },
  },
  ...overrides,
});

const teamRow = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  globalAccountId: 'ga-1',
  workspaceMemberId: `wm-${id}`,
  role: 'LOCAL_ACCOUNT_MANAGER',
  countryCode: 'DE',
  startDate: '2025-01-01',
  endDate: null,
  ...overrides,
});

const PERIOD = {
  id: 'p1',
  name: '2026-Q4',
  startDate: '2026-10-01',
  endDate: '2026-12-31',
  state: 'OPEN',
};

const tables = (overrides: Record<string, unknown[]> = {}) => ({
  opportunities: [opportunityRow()],
  creditAllocations: [lineRow('l1')],
  conflicts: [
    {
      id: 'c1',
      dedupeKey: `MISSING_OWNER:${OPP}`,
      status: 'OPEN',
      summary: 's',
      globalAccountId: 'ga-1',
      opportunityId: OPP,
      kind: 'MISSING_OWNER',
    },
  ],
  accountTeamMembers: [
    teamRow('tm-1'),
    teamRow('tm-2', { workspaceMemberId: null }),
  ],
  creditPeriods: [PERIOD],
  ...overrides,
});

describe('loadCreditContexts', () => {
  it('turns root pages into the engine input in two requests, in domain units', async () => {
    const { client, documents } = createFakeTwenty(tables());

    const result = await loadCreditContexts({
      client,
      opportunityIds: [OPP, OPP, 'b0000000-0000-4000-8000-000000000009'],
    });

    expect(documents).toHaveLength(2);
    // Paging arguments only on root fields: no nested connection is paged or filtered.
    for (const document of documents)
      expect((document.match(/first:/g) ?? []).length).toBe(
        (document.match(/^\s+r\d+: /gm) ?? []).length,
      );
    expect(result.success).toBe(true);
    if (!result.success) return;
    const [loaded] = result.data.loaded;
    expect(loaded?.context.lines[0]).toMatchObject({
      basisPoints: 2550,
      amount: { amountMinor: 100, currency: 'EUR' },
      reportingAmount: null,
    });
    expect(loaded?.context.team.map((member) => member.id)).toEqual(['tm-1']);
    expect(loaded?.context.periods.map((period) => period.name)).toEqual([
      '2026-Q4',
    ]);
    expect(
      loaded?.existingConflicts.map((conflict) => conflict.dedupeKey),
    ).toEqual([`MISSING_OWNER:${OPP}`]);
    expect(result.data.missing).toEqual([
      'b0000000-0000-4000-8000-000000000009',
    ]);
  });

  it('reads 450 credit lines and 250 team rows with cursor pages of 200', async () => {
    const lines = Array.from({ length: 450 }, (_, index) =>
      lineRow(`l${String(index).padStart(3, '0')}`, {
        recipientId: `wm-${index}`,
        percent: 0,
      }),
    );
    const team = Array.from({ length: 250 }, (_, index) =>
      teamRow(`tm-${String(index).padStart(3, '0')}`),
    );
    const { client, documents } = createFakeTwenty(
      tables({ creditAllocations: lines, accountTeamMembers: team }),
    );

    const result = await loadCreditContexts({ client, opportunityIds: [OPP] });

    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.loaded[0]?.context.lines).toHaveLength(450);
    expect(result.data.loaded[0]?.context.team).toHaveLength(250);
    // Round 1: 4 lists; lines 2 more pages; then team (2 pages) with account conflicts.
    expect(documents).toHaveLength(5);
  });

  it("finds a soft-deleted opportunity's lines by entryKey when Twenty nulled their opportunityId", async () => {
    const { client } = createFakeTwenty(
      tables({
        opportunities: [opportunityRow({ deletedAt: '2026-11-20T00:00:00Z' })],
        creditAllocations: [
          lineRow('l1', { opportunityId: null }),
          lineRow('l2', { opportunityId: null, entryKey: 'other:key' }),
        ],
      }),
    );

    const result = await loadCreditContexts({ client, opportunityIds: [OPP] });

    expect(
      result.success &&
        result.data.loaded[0]?.context.lines.map((line) => [
          line.id,
          line.opportunityId,
        ]),
    ).toEqual([['l1', OPP]]);
  });

  it.each([
    {
      title: 'an unknown currency on the opportunity',
      tables: {
        opportunities: [
          opportunityRow({ amount: { amountMicros: 5, currencyCode: 'ZZZ' } }),
        ],
      },
      reason: 'opportunity amount: unknown currency "ZZZ"',
      level: 'opportunity',
      assigneeId: 'wm-1',
    },
    {
      title: 'an unreadable period date (no longer dropped)',
      tables: { creditPeriods: [{ ...PERIOD, startDate: '01.10.2026' }] },
      reason:
        'credit period 2026-Q4 startDate: expected a date such as 2026-11-27 or 2026-11-27T12:00:00Z, got "01.10.2026"',
      level: 'opportunity',
      assigneeId: 'wm-1',
    },
    {
      title: 'an unreadable membership start date (no longer unbounded)',
      tables: { accountTeamMembers: [teamRow('tm-1', { startDate: 'soon' })] },
      reason:
        'account team member tm-1 startDate: expected a date such as 2026-11-27 or 2026-11-27T12:00:00Z, got "soon"',
      level: 'account',
      assigneeId: 'wm-9',
    },
    {
      title: 'an unknown team country code',
      tables: {
        accountTeamMembers: [teamRow('tm-1', { countryCode: 'Deutschland' })],
      },
      reason:
        'account team member tm-1 countryCode: "Deutschland" is not an ISO 3166-1 alpha-2 country code (such as DE or SE)',
      level: 'account',
      assigneeId: 'wm-9',
    },
  ])('refuses $title with the field named', async (example) => {
    const { client } = createFakeTwenty(
      tables(example.tables as unknown as Record<string, unknown[]>),
    );

    const result = await loadCreditContexts({ client, opportunityIds: [OPP] });

    expect(result.success && result.data.loaded).toEqual([]);
    expect(result.success && result.data.refused).toEqual([
      expect.objectContaining({
        opportunityId: OPP,
        reason: example.reason,
        level: example.level,
        globalAccountId: 'ga-1',
        assigneeId: example.assigneeId,
      }),
    ]);
  });

  it('reads both date forms and lower-case team countries', async () => {
    const { client } = createFakeTwenty(
      tables({
        accountTeamMembers: [
          teamRow('tm-1', {
            countryCode: ' de ',
            startDate: '2025-01-01T00:00:00.000Z',
            endDate: '2027-01-01',
          }),
        ],
        creditPeriods: [{ ...PERIOD, endDate: '2026-12-31T00:00:00Z' }],
      }),
    );

    const result = await loadCreditContexts({ client, opportunityIds: [OPP] });

    expect(result.success && result.data.loaded[0]?.context.team).toEqual([
      {
        id: 'tm-1',
        workspaceMemberId: 'wm-tm-1',
        role: 'LOCAL_ACCOUNT_MANAGER',
        countryCode: 'DE',
        startDate: '2025-01-01',
        endDateInclusive: '2027-01-01',
      },
    ]);
    expect(
      result.success &&
        result.data.loaded[0]?.context.periods[0]?.endDateInclusive,
    ).toBe('2026-12-31');
  });
});
