import {
  DEFAULT_CURRENCY,
  parseDecimalToMicros,
  type EditableSplitLine,
} from '@global-accounts/domain';
import { type SplitCandidate } from '@global-accounts/twenty-gateway';

import { callAppRoute, type AppHost } from './start-app-host.util';

// The cast of CREDIT-RULES.md: the GAM sits in SE, one local account manager in DE, PL and FR,
// a US rep who is not on the team.
const uuid = (group: number, index: number): string =>
  `e2e0${String(group).padStart(4, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

export const PEOPLE = {
  gam: uuid(1, 1),
  deLam: uuid(1, 2),
  plLam: uuid(1, 3),
  frLam: uuid(1, 4),
  usRep: uuid(1, 5),
  usLam: uuid(1, 6),
};
export const NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(PEOPLE).map(([key, id]) => [id, key]),
);
export const GLOBAL_ACCOUNT = uuid(2, 1);
export const COMPANIES = {
  SE: uuid(3, 1),
  DE: uuid(3, 2),
  PL: uuid(3, 3),
  FR: uuid(3, 4),
  US: uuid(3, 5),
};

// Functions run on the real clock: the scenario's periods are the quarter holding today
// (open, where corrections go) and the one before it (closed by the tests that need it).
const quarterOf = (year: number, quarter: number) => {
  const startMonth = (quarter - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return {
    name: `${year}-Q${quarter}`,
    startDate: `${year}-${pad(startMonth)}-01`,
    endDate: `${year}-${pad(endMonth)}-${pad(lastDay)}`,
    midDate: `${year}-${pad(startMonth + 1)}-15`,
  };
};
const today = new Date();
const currentQuarter = Math.floor(today.getUTCMonth() / 3) + 1;
export const CURRENT_PERIOD = {
  id: uuid(5, 2),
  ...quarterOf(today.getUTCFullYear(), currentQuarter),
};
export const PREVIOUS_PERIOD = {
  id: uuid(5, 1),
  ...(currentQuarter === 1
    ? quarterOf(today.getUTCFullYear() - 1, 4)
    : quarterOf(today.getUTCFullYear(), currentQuarter - 1)),
};
export const opportunityId = (index: number): string => uuid(6, index);
export const teamMemberId = (index: number): string => uuid(4, index);

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

/** People, the global account with its companies and team, and two open periods. */
export const createCreditScenario = async (app: AppHost): Promise<void> => {
  await upsert(
    app,
    'createWorkspaceMembers',
    'WorkspaceMemberCreateInput',
    Object.entries(PEOPLE).map(([key, id]) => ({
      id,
      userId: id,
      name: { firstName: key, lastName: 'Test' },
      userEmail: `${key}@example.com`,
    })),
  );
  await upsert(app, 'createGlobalAccounts', 'GlobalAccountCreateInput', [
    {
      id: GLOBAL_ACCOUNT,
      name: 'Nordlys Group',
      globalAccountManagerId: PEOPLE.gam,
      reportingCurrency: 'EUR',
      status: 'ACTIVE',
    },
  ]);
  await upsert(
    app,
    'createCompanies',
    'CompanyCreateInput',
    Object.entries(COMPANIES).map(([country, id]) => ({
      id,
      name: `Nordlys ${country}`,
      countryCode: country,
      globalAccountId: GLOBAL_ACCOUNT,
    })),
  );
  await upsert(
    app,
    'createAccountTeamMembers',
    'AccountTeamMemberCreateInput',
    [
      {
        id: teamMemberId(1),
        name: 'GAM',
        globalAccountId: GLOBAL_ACCOUNT,
        workspaceMemberId: PEOPLE.gam,
        role: 'GLOBAL_ACCOUNT_MANAGER',
        countryCode: 'SE',
        startDate: '2025-01-01',
      },
      {
        id: teamMemberId(2),
        name: 'LAM DE',
        globalAccountId: GLOBAL_ACCOUNT,
        workspaceMemberId: PEOPLE.deLam,
        role: 'LOCAL_ACCOUNT_MANAGER',
        countryCode: 'DE',
        startDate: '2025-01-01',
      },
      {
        id: teamMemberId(3),
        name: 'LAM PL',
        globalAccountId: GLOBAL_ACCOUNT,
        workspaceMemberId: PEOPLE.plLam,
        role: 'LOCAL_ACCOUNT_MANAGER',
        countryCode: 'PL',
        startDate: '2025-01-01',
      },
      {
        id: teamMemberId(4),
        name: 'LAM FR',
        globalAccountId: GLOBAL_ACCOUNT,
        workspaceMemberId: PEOPLE.frLam,
        role: 'LOCAL_ACCOUNT_MANAGER',
        countryCode: 'FR',
        startDate: '2025-01-01',
      },
    ],
  );
  await upsert(
    app,
    'createCreditPeriods',
    'CreditPeriodCreateInput',
    [PREVIOUS_PERIOD, CURRENT_PERIOD].map(
      ({ id, name, startDate, endDate }) => ({
        id,
        name,
        startDate,
        endDate,
        state: 'OPEN',
      }),
    ),
  );
  await app.host.waitForIdle(60_000);
};

export type DealInput = {
  index: number;
  amount: string;
  currency?: string;
  owner: string;
  company: keyof typeof COMPANIES;
  shipTo?: string;
  stage?: string;
  closeDate?: string;
};

/** Amounts as decimal strings, turned into exact micros by the domain's one parser. */
export const toMicros = (amount: string): number => {
  const micros = parseDecimalToMicros(amount);
  if (!micros.success)
    throw new Error(`test amount ${amount}: ${micros.error}`);
  return micros.data;
};

export const createDeal = async (
  app: AppHost,
  deal: DealInput,
): Promise<string> => {
  const id = opportunityId(deal.index);
  await upsert(app, 'createOpportunities', 'OpportunityCreateInput', [
    {
      id,
      name: `Deal ${deal.index}`,
      ownerId: deal.owner,
      companyId: COMPANIES[deal.company],
      stage: deal.stage ?? 'PROPOSAL',
      closeDate: `${deal.closeDate ?? CURRENT_PERIOD.midDate}T12:00:00.000Z`,
      amount: {
        amountMicros: toMicros(deal.amount),
        currencyCode: deal.currency ?? DEFAULT_CURRENCY,
      },
      shipToCountry: deal.shipTo ?? null,
    },
  ]);
  await app.host.waitForIdle(60_000);
  return id;
};

export const updateDeal = async (
  app: AppHost,
  id: string,
  data: Record<string, unknown>,
): Promise<void> => {
  await app.graphql(
    'mutation Update($id: UUID!, $data: OpportunityUpdateInput!) { updateOpportunity(id: $id, data: $data) { id } }',
    { id, data },
  );
  await app.host.waitForIdle(60_000);
};

/** A stored credit line, as the tests read it. */
export type StoredCreditLine = {
  id: string;
  recipientId: string;
  creditType: string;
  entryType: string;
  period: string;
  status: string;
  percent: number;
  amount: { amountMicros: number; currencyCode: string };
  source: string;
};

/** Every stored line of the opportunity (reversed ones too), read apart from the app. */
export const creditLinesOf = async (
  app: AppHost,
  id: string,
): Promise<StoredCreditLine[]> => {
  const data = await app.graphql<{
    creditAllocations: { edges: { node: StoredCreditLine }[] };
  }>(
    'query Lines($id: UUID!) { creditAllocations(first: 200, filter: { opportunityId: { eq: $id } }) { edges { node { id recipientId creditType entryType period status percent source amount { amountMicros currencyCode } } } } }',
    { id },
  );
  return data.creditAllocations.edges.map(({ node }) => node);
};

/** The opportunity's lines that count, as `recipient TYPE ENTRY period STATUS percent% micros`, sorted. */
export const ledgerOf = async (
  app: AppHost,
  id: string,
  withReversed = false,
): Promise<string[]> =>
  (await creditLinesOf(app, id))
    .filter((line) => withReversed || line.status !== 'REVERSED')
    .map(
      (line) =>
        `${NAMES[line.recipientId] ?? line.recipientId} ${line.creditType} ${line.entryType} ${line.period} ${line.status} ${line.percent}% ${line.amount.amountMicros / 1_000_000} ${line.amount.currencyCode}`,
    )
    .sort();

export const closePeriod = async (app: AppHost, id: string): Promise<void> => {
  await app.graphql(
    'mutation Close($id: UUID!) { updateCreditPeriod(id: $id, data: { state: CLOSED }) { id } }',
    { id },
  );
};

export const openConflictKeys = async (app: AppHost): Promise<string[]> => {
  const data = await app.graphql<{
    conflicts: { edges: { node: { dedupeKey: string } }[] };
  }>(
    '{ conflicts(first: 200, filter: { status: { eq: OPEN } }) { edges { node { dedupeKey } } } }',
  );
  return data.conflicts.edges.map(({ node }) => node.dedupeKey).sort();
};

/** What the credit split editor starts from, as the app's credit-split route answers it. */
export type CreditSplitEditor = {
  globalAccountId: string;
  revenueSplit: EditableSplitLine[];
  candidates: SplitCandidate[];
};

export const creditSplitEditorOf = async (
  app: AppHost,
  opportunityId: string,
): Promise<CreditSplitEditor> =>
  (
    await callAppRoute(
      app,
      'GET',
      `/opportunities/${opportunityId}/credit-split`,
    )
  ).body.editor as CreditSplitEditor;
