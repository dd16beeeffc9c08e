import {
  computeGlobalAccountRollup,
  measureObjectiveValue,
  toAmountMicros,
  type CreditLine,
  type Money,
  type OpportunityAmountGroup,
} from '@global-accounts/domain';
import {
  DEMO_ACCOUNT_PLAN,
  DEMO_AGREEMENTS,
  DEMO_EXCHANGE_RATES,
  DEMO_GLOBAL_ACCOUNT,
  planDemoAgreements,
  toDemoObjectiveRecords,
} from '@global-accounts/seeds';

import { type DemoDeal, SEK_ACCOUNT_ID, TODAY } from './build-demo-ledger.util';

type TwentyRecord = Record<string, unknown>;
const currency = (amountMicros: number | bigint, currencyCode: string) => ({
  amountMicros: String(amountMicros),
  currencyCode,
});

export const toCreditAllocationRecord = (line: CreditLine): TwentyRecord => ({
  id: line.id,
  globalAccountId: line.globalAccountId,
  countryCode: line.countryCode,
  creditType: line.creditType,
  status: line.status,
  entryType: line.entryType,
  period: line.period,
  amount: currency(toAmountMicros(line.amount), line.amount.currency),
  reportingAmount:
    line.reportingAmount === null
      ? null
      : currency(
          toAmountMicros(line.reportingAmount),
          line.reportingAmount.currency,
        ),
});

export const toOpportunityRecord = (deal: DemoDeal): TwentyRecord => ({
  id: deal.id,
  stage: deal.stage,
  amount: currency(Math.round(deal.amount * 1_000_000), deal.currency),
  shipToCountry: deal.shipToCountry,
  companyId: deal.companyId,
  company: { id: deal.companyId, globalAccountId: deal.globalAccountId },
});

// What a gateway's opportunitiesGroupBy returns for one family: sums by stage, currency, country, month.
const groupDeals = (deals: readonly DemoDeal[]): OpportunityAmountGroup[] =>
  deals.map((deal) => ({
    stage: deal.stage,
    currencyCode: deal.currency,
    countryCode: deal.shipToCountry,
    closeMonth: deal.closeDate.slice(0, 7),
    amountMicros: BigInt(Math.round(deal.amount * 1_000_000)),
  }));

/** The two families with the roll-up fields computeGlobalAccountRollup gives them today. */
export const buildGlobalAccountRecords = (
  deals: readonly DemoDeal[],
): TwentyRecord[] =>
  [
    {
      id: DEMO_GLOBAL_ACCOUNT.id,
      name: DEMO_GLOBAL_ACCOUNT.name,
      reportingCurrency: 'EUR',
      annualTarget: DEMO_GLOBAL_ACCOUNT.annualTarget,
    },
    {
      id: SEK_ACCOUNT_ID,
      name: 'Fjord Foods',
      reportingCurrency: 'SEK',
      annualTarget: currency(5_000_000_000_000, 'SEK'),
    },
  ].map((account) => {
    const rollup = computeGlobalAccountRollup({
      globalAccount: {
        id: account.id as never,
        reportingCurrency: account.reportingCurrency,
      },
      opportunityGroups: groupDeals(
        deals.filter((deal) => deal.globalAccountId === account.id),
      ),
      companyCountries: [],
      team: [],
      openConflictCount: 0,
      rates: DEMO_EXCHANGE_RATES,
      today: TODAY,
      settings: { fiscalYearStartMonth: 1, lostStages: ['LOST'] },
    });
    const toField = (money: Money | null) =>
      money === null ? null : currency(toAmountMicros(money), money.currency);
    return {
      ...account,
      rollupStatus: rollup.rollupStatus,
      wonRevenueYtd: toField(rollup.wonRevenueYtd),
      openPipeline: toField(rollup.openPipeline),
    };
  });

export const CONFLICT_RECORDS: TwentyRecord[] = [
  {
    id: 'c-1',
    kind: 'UNCOVERED_COUNTRY',
    status: 'OPEN',
    assigneeId: 'wm-gam',
  },
  { id: 'c-2', kind: 'DUPLICATE_COMPANY', status: 'OPEN', assigneeId: 'wm-de' },
  {
    id: 'c-3',
    kind: 'DUPLICATE_COMPANY',
    status: 'OPEN',
    assigneeId: 'wm-gam',
  },
  { id: 'c-6', kind: 'DUPLICATE_COMPANY', status: 'OPEN', assigneeId: 'wm-de' },
  { id: 'c-7', kind: 'OFF_AGREEMENT', status: 'OPEN', assigneeId: null },
  {
    id: 'c-4',
    kind: 'DUPLICATE_COMPANY',
    status: 'RESOLVED',
    assigneeId: 'wm-de',
  },
  {
    id: 'c-5',
    kind: 'MISSING_OWNER',
    status: 'DISMISSED',
    assigneeId: 'wm-gam',
  },
];

/** The demo plan beside a SEK family's plan and a closed plan: only the first is an EUR target. */
export const ACCOUNT_PLAN_RECORDS: TwentyRecord[] = [
  {
    id: DEMO_ACCOUNT_PLAN.id,
    globalAccountId: DEMO_ACCOUNT_PLAN.globalAccountId,
    status: DEMO_ACCOUNT_PLAN.status,
    revenueTarget: currency(
      DEMO_ACCOUNT_PLAN.revenueTarget.amountMicros,
      DEMO_ACCOUNT_PLAN.revenueTarget.currencyCode,
    ),
  },
  {
    id: 'plan-sek',
    globalAccountId: SEK_ACCOUNT_ID,
    status: 'ACTIVE',
    revenueTarget: currency(40_000_000_000_000, 'SEK'),
  },
  {
    id: 'plan-2025',
    globalAccountId: DEMO_GLOBAL_ACCOUNT.id,
    status: 'CLOSED',
    revenueTarget: currency(1_800_000_000_000, 'EUR'),
  },
];

/**
 * The demo objectives with the currentValue the app writes: measureObjectiveValue on the
 * family's roll-up (what the roll-up run does), beside a SEK family's country objective.
 */
export const buildObjectiveRecords = (
  deals: readonly DemoDeal[],
): TwentyRecord[] => {
  const rollup = computeGlobalAccountRollup({
    globalAccount: {
      id: DEMO_GLOBAL_ACCOUNT.id as never,
      reportingCurrency: 'EUR',
    },
    opportunityGroups: groupDeals(
      deals.filter((deal) => deal.globalAccountId === DEMO_GLOBAL_ACCOUNT.id),
    ),
    companyCountries: [],
    team: [],
    openConflictCount: 0,
    rates: DEMO_EXCHANGE_RATES,
    today: TODAY,
    settings: { fiscalYearStartMonth: 1, lostStages: ['LOST'] },
  });
  return [
    ...toDemoObjectiveRecords().map((objective) => ({
      ...objective,
      currentValue: measureObjectiveValue({
        objective: {
          measure: objective.measure,
          countryCode: objective.countryCode,
          targetValue: objective.targetValue,
          currentValue: null,
          dueDate: objective.dueDate,
        },
        figures: {
          wonRevenueByCountry: rollup.wonRevenueByCountry ?? [],
          pipelineByCountry: rollup.pipelineByCountry ?? [],
          newFamilyCompanies: 1,
        },
      }),
    })),
    {
      id: 'objective-sek',
      accountPlanId: 'plan-sek',
      measure: 'WON_REVENUE_IN_COUNTRY',
      countryCode: 'DE',
      targetValue: 2_000_000,
      currentValue: 1_250_000.5,
    },
  ];
};

// The demo family's agreements with the volumeToDate the agreement engine gives them on the
// demo deals (what the app writes), beside an agreement in SEK and an expired one.
const DEMO_PROGRESS = planDemoAgreements({
  today: TODAY,
  afterCorrection: false,
  priceTolerancePercent: 2,
}).progress;

export const AGREEMENT_RECORDS: TwentyRecord[] = [
  ...DEMO_AGREEMENTS.map((agreement) => ({
    id: agreement.id,
    name: agreement.name,
    status: agreement.status,
    volumeToDate: currency(
      toAmountMicros(DEMO_PROGRESS[agreement.key].volumeToDate),
      agreement.currency,
    ),
  })),
  {
    id: 'fa-2',
    name: 'Fjord Foods Nordic',
    status: 'ACTIVE',
    volumeToDate: currency(900_000_000_000, 'SEK'),
  },
  {
    id: 'fa-3',
    name: 'Nordlys 2024 framework',
    status: 'EXPIRED',
    volumeToDate: currency(70_000_000_000, 'EUR'),
  },
];
