import {
  computeCreditLedger,
  isOneOf,
  moneyFromMicros,
  parseIsoDay,
  percentToBasisPoints,
  planCoverageConflicts,
  TEAM_ROLES,
  toIsoDate,
  type CreditLedgerInput,
  type CreditLedgerOutcome,
  type CreditLine,
  type TeamMember,
} from '@global-accounts/domain';

import { type AppHost } from './start-app-host.util';

type Row = Record<string, unknown>;
type Connection = {
  edges: { node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

/** Every row of a root query, read with cursor pages of 200: the full data, independent of the app. */
export const readAllRows = async (
  app: AppHost,
  {
    field,
    typeName,
    selection,
    filter,
  }: { field: string; typeName: string; selection: string; filter: Row },
): Promise<Row[]> => {
  const rows: Row[] = [];
  let after: string | null = null;
  do {
    const data: Record<string, Connection> = await app.graphql(
      `query All($filter: ${typeName}FilterInput, $after: String) { ${field}(first: 200, after: $after, filter: $filter, orderBy: [{ id: AscNullsFirst }]) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    const page = data[field] as Connection;
    rows.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return rows;
};

const money = (value: unknown) => {
  const { amountMicros, currencyCode } = (value ?? {}) as {
    amountMicros: number | null;
    currencyCode: string | null;
  };
  if (amountMicros === null || currencyCode === null || currencyCode === '')
    return null;
  const parsed = moneyFromMicros(amountMicros, currencyCode);
  if (!parsed.success) throw new Error('test data: bad money');
  return parsed.data;
};
const day = (value: unknown) => {
  if (typeof value !== 'string') return null;
  const parsed = parseIsoDay({ field: 'test', value });
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
};
const isTeamRole = isOneOf(TEAM_ROLES);

export const toTeam = (rows: readonly Row[]): TeamMember[] =>
  rows.flatMap((row) =>
    row.workspaceMemberId === null || !isTeamRole(row.role)
      ? []
      : [
          {
            id: row.id as never,
            workspaceMemberId: row.workspaceMemberId as never,
            role: row.role,
            countryCode: (row.countryCode as string | null) ?? null,
            startDate: day(row.startDate),
            endDateInclusive: day(row.endDate),
          },
        ],
  );

const LINE_FIELDS =
  'id opportunityId globalAccountId recipientId countryCode creditType percent amount { amountMicros currencyCode } reportingAmount { amountMicros currencyCode } period entryType status source reason entryKey';

/** The engine's input for one opportunity, from every stored row (read in full, in pages of 200). */
export const readFullCreditInput = async (
  app: AppHost,
  opportunityId: string,
): Promise<CreditLedgerInput> => {
  const [opportunity] = await readAllRows(app, {
    field: 'opportunities',
    typeName: 'Opportunity',
    selection:
      'id amount { amountMicros currencyCode } stage closeDate ownerId bookingCountry shipToCountry deletedAt company { id countryCode globalAccountId globalAccount { id globalAccountManagerId reportingCurrency creditPolicy lastValidCreditPolicy } }',
    filter: { id: { eq: opportunityId } },
  });
  if (opportunity === undefined) throw new Error('no such opportunity');
  const company = opportunity.company as Row | null;
  const account = (company?.globalAccount ?? null) as Row | null;
  const [team, lines, periods] = await Promise.all([
    readAllRows(app, {
      field: 'accountTeamMembers',
      typeName: 'AccountTeamMember',
      selection: 'id workspaceMemberId role countryCode startDate endDate',
      filter: { globalAccountId: { eq: account?.id ?? null } },
    }),
    readAllRows(app, {
      field: 'creditAllocations',
      typeName: 'CreditAllocation',
      selection: LINE_FIELDS,
      filter: { opportunityId: { eq: opportunityId } },
    }),
    readAllRows(app, {
      field: 'creditPeriods',
      typeName: 'CreditPeriod',
      selection: 'id name startDate endDate state',
      filter: {},
    }),
  ]);
  const amount = opportunity.amount as {
    amountMicros: number;
    currencyCode: string;
  };
  const opportunityMoney = money(amount);
  return {
    opportunity: {
      id: opportunityId as never,
      amount: opportunityMoney === null ? null : amount,
      stage: opportunity.stage as string,
      closeDate: opportunity.closeDate as string,
      ownerId: opportunity.ownerId as never,
      bookingCountry: opportunity.bookingCountry as string | null,
      shipToCountry: opportunity.shipToCountry as string | null,
      isDeleted: opportunity.deletedAt !== null,
    },
    company:
      company === null
        ? null
        : {
            id: company.id as never,
            countryCode: company.countryCode as string | null,
            globalAccountId: company.globalAccountId as never,
          },
    globalAccount:
      account === null
        ? null
        : {
            id: account.id as never,
            globalAccountManagerId: account.globalAccountManagerId as never,
            reportingCurrency: account.reportingCurrency as string | null,
            creditPolicy: account.creditPolicy ?? null,
            lastValidCreditPolicy: account.lastValidCreditPolicy ?? null,
          },
    team: toTeam(team),
    lines: lines.map((row): CreditLine => ({
      id: row.id as never,
      opportunityId: row.opportunityId as never,
      globalAccountId: row.globalAccountId as never,
      recipientId: row.recipientId as never,
      countryCode: row.countryCode as string | null,
      creditType: row.creditType as never,
      basisPoints: percentToBasisPoints(row.percent as number) ?? 0,
      amount: money(row.amount) ?? {
        amountMinor: 0,
        currency: (opportunityMoney?.currency ?? 'EUR') as never,
      },
      reportingAmount: money(row.reportingAmount),
      period: (row.period as string | null) ?? '',
      entryType: row.entryType as never,
      status: row.status as never,
      source: row.source as never,
      reason: (row.reason as string | null) ?? '',
      entryKey: row.entryKey as string | null,
    })),
    periods: periods.map((row) => ({
      name: row.name as string,
      startDate: day(row.startDate) as never,
      endDateInclusive: day(row.endDate) as never,
      state: row.state as never,
    })),
    rates: [],
    today: toIsoDate(new Date()),
  };
};

/** What the domain decides from the full data of one opportunity (the app's defaults). */
export const computeFromFullData = async (
  app: AppHost,
  opportunityId: string,
): Promise<CreditLedgerOutcome> => {
  const outcome = computeCreditLedger(
    await readFullCreditInput(app, opportunityId),
  );
  if (!outcome.success) throw new Error(JSON.stringify(outcome.error));
  return outcome.data;
};

/** The UNCOVERED_COUNTRY keys the domain raises for an account, from its full data. */
export const coverageFromFullData = async (
  app: AppHost,
  globalAccountId: string,
): Promise<string[]> => {
  const [companies, team, accounts] = await Promise.all([
    readAllRows(app, {
      field: 'companies',
      typeName: 'Company',
      selection: 'id countryCode',
      filter: { globalAccountId: { eq: globalAccountId } },
    }),
    readAllRows(app, {
      field: 'accountTeamMembers',
      typeName: 'AccountTeamMember',
      selection: 'id workspaceMemberId role countryCode startDate endDate',
      filter: { globalAccountId: { eq: globalAccountId } },
    }),
    readAllRows(app, {
      field: 'globalAccounts',
      typeName: 'GlobalAccount',
      selection: 'id globalAccountManagerId',
      filter: { id: { eq: globalAccountId } },
    }),
  ]);
  return planCoverageConflicts({
    globalAccountId: globalAccountId as never,
    globalAccountManagerId: accounts[0]?.globalAccountManagerId as never,
    memberCountries: companies.flatMap((row) =>
      typeof row.countryCode === 'string' ? [row.countryCode] : [],
    ),
    flaggedCountries: [],
    team: toTeam(team),
    today: toIsoDate(new Date()),
  })
    .raised.map((conflict) => conflict.dedupeKey)
    .sort();
};

/** Every conflict of an account (or opportunity) with the given status, read in full. */
export const conflictKeys = async (
  app: AppHost,
  filter: Row,
): Promise<string[]> =>
  (
    await readAllRows(app, {
      field: 'conflicts',
      typeName: 'Conflict',
      selection: 'id dedupeKey status',
      filter,
    })
  )
    .map((row) => row.dedupeKey as string)
    .sort();
