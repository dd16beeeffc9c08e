import {
  applyCreditLedgerDiff,
  computeCreditLedger,
  type CreditLedgerInput,
  type CreditLine,
  type CreditLineId,
  type CreditPeriod,
  type GlobalAccountId,
  type TeamMember,
} from '@global-accounts/domain';
import {
  DEMO_COMPANIES,
  DEMO_EXCHANGE_RATES,
  DEMO_GLOBAL_ACCOUNT,
  DEMO_OPPORTUNITIES,
  DEMO_PERIODS,
  DEMO_TEAM,
  memberId,
} from '@global-accounts/seeds';

export const TODAY = '2026-11-27';
const LOST_STAGES = ['LOST'];

export type DemoDeal = {
  id: string;
  companyId: string;
  globalAccountId: string | null;
  reportingCurrency: string;
  owner: string;
  amount: number;
  currency: string;
  stage: string;
  closeDate: string;
  bookingCountry: string | null;
  shipToCountry: string;
};

const TEAM: TeamMember[] = DEMO_TEAM.map((row) => ({
  id: row.id as never,
  workspaceMemberId: memberId(row.member as never) as never,
  role: row.role as TeamMember['role'],
  countryCode: row.country,
  startDate: row.startDate as never,
  endDateInclusive: null,
}));
const PERIODS: CreditPeriod[] = DEMO_PERIODS.map((period) => ({
  name: period.name,
  startDate: period.startDate as never,
  endDateInclusive: period.endDate as never,
  state: 'OPEN',
}));

/** A second family that reports in SEK: its credit must never be added to EUR figures. */
export const SEK_ACCOUNT_ID = 'ga-sek-family';

const INITIAL_DEALS: DemoDeal[] = [
  ...DEMO_OPPORTUNITIES.map((deal) => ({
    id: deal.id,
    companyId:
      DEMO_COMPANIES.find((company) => company.key === deal.company)?.id ?? '',
    globalAccountId: DEMO_GLOBAL_ACCOUNT.id,
    reportingCurrency: 'EUR',
    owner: memberId(deal.owner),
    amount: deal.amount,
    currency: deal.currency,
    stage: deal.stage,
    closeDate: deal.closeDate,
    bookingCountry: deal.bookingCountry ?? null,
    shipToCountry: deal.shipToCountry,
  })),
  {
    id: 'opp-sek-won',
    companyId: 'co-sek',
    globalAccountId: SEK_ACCOUNT_ID,
    reportingCurrency: 'SEK',
    owner: memberId('deLam'),
    amount: 40_000,
    currency: 'EUR',
    stage: 'CUSTOMER',
    closeDate: '2026-10-05',
    bookingCountry: null,
    shipToCountry: 'DE',
  },
  {
    id: 'opp-sek-open',
    companyId: 'co-sek',
    globalAccountId: SEK_ACCOUNT_ID,
    reportingCurrency: 'SEK',
    owner: memberId('deLam'),
    amount: 500_000,
    currency: 'SEK',
    stage: 'PROPOSAL',
    closeDate: '2026-12-10',
    bookingCountry: null,
    shipToCountry: 'DE',
  },
  {
    id: 'opp-no-family',
    companyId: 'co-outside',
    globalAccountId: null,
    reportingCurrency: 'EUR',
    owner: memberId('deLam'),
    amount: 70_000,
    currency: 'EUR',
    stage: 'CUSTOMER',
    closeDate: '2026-10-05',
    bookingCountry: null,
    shipToCountry: 'DE',
  },
];

const inputFor = (
  deal: DemoDeal,
  lines: readonly CreditLine[],
): CreditLedgerInput => ({
  opportunity: {
    id: deal.id as never,
    amount: {
      amountMicros: Math.round(deal.amount * 1_000_000),
      currencyCode: deal.currency,
    },
    stage: deal.stage,
    closeDate: deal.closeDate,
    ownerId: deal.owner as never,
    bookingCountry: deal.bookingCountry,
    shipToCountry: deal.shipToCountry,
    isDeleted: false,
  },
  company: {
    id: deal.companyId as never,
    countryCode: 'DE',
    globalAccountId: deal.globalAccountId as GlobalAccountId | null,
  },
  globalAccount:
    deal.globalAccountId === null
      ? null
      : {
          id: deal.globalAccountId as never,
          globalAccountManagerId: memberId('gam') as never,
          reportingCurrency: deal.reportingCurrency,
          creditPolicy: null,
        },
  team: TEAM,
  lines: lines.filter((line) => line.opportunityId === deal.id),
  periods: PERIODS,
  rates: DEMO_EXCHANGE_RATES,
  today: TODAY,
  settings: { lostStages: LOST_STAGES },
});

/**
 * The demo families' deals and their credit ledger as computeCreditLedger writes it, after two
 * changes a manager makes: the Hamburg retrofit and the Shanghai deal change owner and the
 * Chicago deal is lost, which leaves REVERSED lines behind.
 */
export const buildDemoLedger = (): {
  deals: DemoDeal[];
  lines: CreditLine[];
} => {
  let lines: CreditLine[] = [];
  let nextId = 0;
  const post = (deal: DemoDeal): void => {
    const outcome = computeCreditLedger(inputFor(deal, lines));
    if (!outcome.success)
      throw new Error(`engine refused ${deal.id}: ${outcome.error.code}`);
    lines = applyCreditLedgerDiff(
      lines,
      outcome.data.diff,
      () => `line-${(nextId += 1)}` as CreditLineId,
    );
  };
  const deals = INITIAL_DEALS.map((deal) => ({ ...deal }));
  deals.forEach(post);
  const retrofit = deals[0] as DemoDeal;
  retrofit.owner = memberId('plLam');
  const chicago = deals[4] as DemoDeal;
  chicago.stage = 'LOST';
  const shanghai = deals[5] as DemoDeal;
  shanghai.owner = memberId('cnLam');
  shanghai.bookingCountry = null;
  [retrofit, chicago, shanghai].forEach(post);
  return { deals, lines };
};
