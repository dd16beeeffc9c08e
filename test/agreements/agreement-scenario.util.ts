import { parseDecimalToMicros } from '@global-accounts/domain';

import { startAppHost, type AppHost } from '../support/start-app-host.util';

// The agreement scenarios run on a fixed host day: 2 October 2026 (Q4), 08:00 UTC. Host time
// runs 4× faster than real time, so a test of a few minutes stays on that day.
export const TODAY = '2026-10-02';
const START_AT = Date.UTC(2026, 9, 2, 8, 0, 0);

const uuid = (group: number, index: number): string =>
  `a9e0${String(group).padStart(4, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

export const PEOPLE = {
  gam: uuid(1, 1),
  contractManager: uuid(1, 2),
  deLam: uuid(1, 3),
  plLam: uuid(1, 4),
};
export const NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(PEOPLE).map(([key, id]) => [id, key]),
);
export const accountId = (index: number): string => uuid(2, index);
export const companyId = (index: number): string => uuid(3, index);
export const agreementId = (index: number): string => uuid(4, index);
export const tierId = (index: number): string => uuid(5, index);
export const dealId = (index: number): string => uuid(6, index);
export const PERIODS = {
  Q3: {
    id: uuid(7, 3),
    name: '2026-Q3',
    startDate: '2026-07-01',
    endDate: '2026-09-30',
  },
  Q4: {
    id: uuid(7, 4),
    name: '2026-Q4',
    startDate: '2026-10-01',
    endDate: '2026-12-31',
  },
};

export const startAgreementHost = (): Promise<AppHost> =>
  startAppHost({
    timeScale: 4,
    startAt: START_AT,
    applicationVariables: {
      EXCHANGE_RATES:
        '[{"fromCurrency":"PLN","toCurrency":"EUR","rate":"0.25"}]',
    },
  });

export const micros = (amount: string): number => {
  const parsed = parseDecimalToMicros(amount);
  if (!parsed.success)
    throw new Error(`test amount ${amount}: ${parsed.error}`);
  return parsed.data;
};

// Plural root field → singular type name of the objects the scenarios write.
const TYPES: Record<string, string> = {
  workspaceMembers: 'WorkspaceMember',
  creditPeriods: 'CreditPeriod',
  globalAccounts: 'GlobalAccount',
  companies: 'Company',
  accountTeamMembers: 'AccountTeamMember',
  frameworkAgreements: 'FrameworkAgreement',
  rebateTiers: 'RebateTier',
  opportunities: 'Opportunity',
};

const upsert = async (app: AppHost, objects: string, data: object[]) => {
  const type = TYPES[objects] as string;
  await app.graphql(
    `mutation Seed($data: [${type}CreateInput!]!) { create${objects.charAt(0).toUpperCase()}${objects.slice(1)}(data: $data, upsert: true) { id } }`,
    { data },
  );
};

export const settle = (app: AppHost): Promise<void> =>
  app.host.waitForIdle(180_000);

/** People, both periods (open), and families with their companies and team. */
export const createBase = async (
  app: AppHost,
  families: { account: string; companies: Record<string, string> }[],
): Promise<void> => {
  await upsert(
    app,
    'workspaceMembers',
    Object.entries(PEOPLE).map(([key, id]) => ({
      id,
      userId: id,
      name: { firstName: key, lastName: 'Test' },
      userEmail: `${key}@example.com`,
    })),
  );
  await upsert(
    app,
    'creditPeriods',
    Object.values(PERIODS).map((period) => ({ ...period, state: 'OPEN' })),
  );
  for (const [index, family] of families.entries()) {
    await upsert(app, 'globalAccounts', [
      {
        id: family.account,
        name: `Family ${index + 1}`,
        globalAccountManagerId: PEOPLE.gam,
        reportingCurrency: 'EUR',
        status: 'ACTIVE',
      },
    ]);
    await upsert(
      app,
      'companies',
      Object.entries(family.companies).map(([country, id]) => ({
        id,
        name: `Company ${country} ${index + 1}`,
        countryCode: country.slice(0, 2),
        globalAccountId: family.account,
      })),
    );
    await upsert(
      app,
      'accountTeamMembers',
      [
        ['GLOBAL_ACCOUNT_MANAGER', PEOPLE.gam, 'SE'],
        ['CONTRACT_MANAGER', PEOPLE.contractManager, 'SE'],
        ['LOCAL_ACCOUNT_MANAGER', PEOPLE.deLam, 'DE'],
        ['LOCAL_ACCOUNT_MANAGER', PEOPLE.plLam, 'PL'],
      ].map(([role, person, country], member) => ({
        id: uuid(8, index * 10 + member),
        name: `${role} ${index + 1}`,
        globalAccountId: family.account,
        workspaceMemberId: person,
        role,
        countryCode: country,
        startDate: '2025-01-01',
      })),
    );
  }
  await settle(app);
};

export type AgreementInput = {
  id: string;
  account: string;
  startDate: string;
  endDate: string;
  retroactive?: boolean;
  currency?: string;
  coveredCountries?: string[];
  status?: string;
  tiers: { id: string; from: string; percent: number }[];
};

export const createAgreement = async (
  app: AppHost,
  agreement: AgreementInput,
): Promise<void> => {
  await upsert(app, 'frameworkAgreements', [
    {
      id: agreement.id,
      name: `Agreement ${agreement.id.slice(-2)}`,
      globalAccountId: agreement.account,
      kind: 'GLOBAL_FRAMEWORK',
      status: agreement.status ?? 'ACTIVE',
      startDate: agreement.startDate,
      endDate: agreement.endDate,
      currency: agreement.currency ?? 'EUR',
      coveredCountries: agreement.coveredCountries ?? [],
      retroactive: agreement.retroactive ?? true,
      priority: 1,
    },
  ]);
  await upsert(
    app,
    'rebateTiers',
    agreement.tiers.map((tier) => ({
      id: tier.id,
      name: `from ${tier.from}`,
      frameworkAgreementId: agreement.id,
      fromVolume: {
        amountMicros: micros(tier.from),
        currencyCode: agreement.currency ?? 'EUR',
      },
      rebatePercent: tier.percent,
    })),
  );
  await settle(app);
};

export type DealInput = {
  id: string;
  company: string;
  amount: string;
  currency?: string;
  closeDate: string;
  agreement: string | null;
  stage?: string;
};

export const createDeals = async (
  app: AppHost,
  deals: DealInput[],
): Promise<void> => {
  await upsert(
    app,
    'opportunities',
    deals.map((deal) => ({
      id: deal.id,
      name: `Deal ${deal.id.slice(-3)}`,
      ownerId: PEOPLE.gam,
      companyId: deal.company,
      stage: deal.stage ?? 'CUSTOMER',
      closeDate: `${deal.closeDate}T12:00:00.000Z`,
      amount: {
        amountMicros: micros(deal.amount),
        currencyCode: deal.currency ?? 'EUR',
      },
      frameworkAgreementId: deal.agreement,
    })),
  );
  await settle(app);
};

export const update = async (
  app: AppHost,
  object: string,
  id: string,
  data: Record<string, unknown>,
): Promise<void> => {
  const type = `${object.charAt(0).toUpperCase()}${object.slice(1)}`;
  await app.graphql(
    `mutation Update($id: UUID!, $data: ${type}UpdateInput!) { update${type}(id: $id, data: $data) { id } }`,
    { id, data },
  );
  await settle(app);
};

type Money = {
  amountMicros: number | null;
  currencyCode: string | null;
} | null;
const show = (money: Money): string =>
  money === null || money.amountMicros === null
    ? '—'
    : `${money.amountMicros / 1_000_000} ${money.currencyCode ?? ''}`;

/** The agreement's progress fields, as a manager reads them. */
export const progressOf = async (app: AppHost, id: string) => {
  const data = await app.graphql<{
    frameworkAgreement: Record<string, Money> & {
      currentRebatePercent: number | null;
      offAgreementVolumeByCountry: string | null;
    };
  }>(
    `query Progress($id: UUID!) { frameworkAgreement(filter: { id: { eq: $id } }) {
      volumeToDate { amountMicros currencyCode } rebateToDate { amountMicros currencyCode }
      nextTierThreshold { amountMicros currencyCode } gapToNextTier { amountMicros currencyCode }
      offAgreementVolume { amountMicros currencyCode } offAgreementVolumeByCountry currentRebatePercent } }`,
    { id },
  );
  const agreement = data.frameworkAgreement;
  return {
    volumeToDate: show(agreement.volumeToDate ?? null),
    rebateToDate: show(agreement.rebateToDate ?? null),
    currentRebatePercent: agreement.currentRebatePercent,
    nextTierThreshold: show(agreement.nextTierThreshold ?? null),
    gapToNextTier: show(agreement.gapToNextTier ?? null),
    offAgreementVolume: show(agreement.offAgreementVolume ?? null),
    offAgreementVolumeByCountry: agreement.offAgreementVolumeByCountry,
  };
};

/** `period cumulative rebate settlement STATUS`, in period order. */
export const settlementsOf = async (
  app: AppHost,
  id: string,
): Promise<string[]> => {
  const data = await app.graphql<{
    rebateSettlements: {
      edges: {
        node: {
          period: string;
          status: string;
          cumulativeVolume: Money;
          rebateAmount: Money;
          settlementAmount: Money;
        };
      }[];
    };
  }>(
    `query Settlements($id: UUID!) { rebateSettlements(first: 200, filter: { frameworkAgreementId: { eq: $id } }) { edges { node {
      period status cumulativeVolume { amountMicros currencyCode } rebateAmount { amountMicros currencyCode } settlementAmount { amountMicros currencyCode } } } } }`,
    { id },
  );
  return data.rebateSettlements.edges
    .map(
      ({ node }) =>
        `${node.period} ${show(node.cumulativeVolume)} ${show(node.rebateAmount)} ${show(node.settlementAmount)} ${node.status}`,
    )
    .sort();
};

export type ConflictRow = {
  id: string;
  kind: string;
  status: string;
  severity: string;
  summary: string;
  dedupeKey: string;
  assigneeId: string | null;
  evidenceHash: string | null;
};

/** The agreement's own conflicts (not its deals'): `KIND assignee` of the open ones, sorted; `rows` has the details. */
export const conflictsOf = async (app: AppHost, id: string) => {
  const data = await app.graphql<{
    conflicts: { edges: { node: ConflictRow }[] };
  }>(
    `query Conflicts($id: UUID!) { conflicts(first: 200, filter: { frameworkAgreementId: { eq: $id }, opportunityId: { is: NULL } }) { edges { node {
      id kind status severity summary dedupeKey assigneeId evidenceHash } } } }`,
    { id },
  );
  const rows = data.conflicts.edges.map(({ node }) => node);
  return {
    rows,
    open: rows
      .filter((row) => row.status === 'OPEN')
      .map(
        (row) => `${row.kind} ${NAMES[row.assigneeId ?? ''] ?? 'unassigned'}`,
      )
      .sort(),
  };
};
