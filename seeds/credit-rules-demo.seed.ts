import {
  type CreditLedgerInput,
  type GlobalAccountId,
  type IsoDate,
  type OpportunityId,
  type TeamMember,
  type TeamMemberId,
  type WorkspaceMemberId,
} from '@global-accounts/domain';

// The worked examples of CREDIT-RULES.md: a GAM in SE and one local account manager per country.
export const DEMO_PEOPLE: Record<string, string> = {
  'wm-gam': 'Astrid Lind (GAM, SE)',
  'wm-de-lam': 'Jonas Weber (LAM, DE)',
  'wm-pl-lam': 'Ewa Nowak (LAM, PL)',
  'wm-fr-lam': 'Claire Martin (LAM, FR)',
  'wm-us-rep': 'Mike Brown (rep, US)',
};

const GLOBAL_ACCOUNT_ID = 'ga-nordlys' as GlobalAccountId;

const member = (
  workspaceMemberId: string,
  role: TeamMember['role'],
  countryCode: string,
): TeamMember => ({
  id: `tm-${workspaceMemberId}` as TeamMemberId,
  workspaceMemberId: workspaceMemberId as WorkspaceMemberId,
  role,
  countryCode,
  startDate: '2025-01-01' as IsoDate,
  endDateInclusive: null,
});

const TEAM = [
  member('wm-gam', 'GLOBAL_ACCOUNT_MANAGER', 'SE'),
  member('wm-de-lam', 'LOCAL_ACCOUNT_MANAGER', 'DE'),
  member('wm-pl-lam', 'LOCAL_ACCOUNT_MANAGER', 'PL'),
  member('wm-fr-lam', 'LOCAL_ACCOUNT_MANAGER', 'FR'),
];

type DemoDeal = {
  title: string;
  opportunityId: string;
  amountMicros: number;
  ownerId: string;
  companyCountry: string;
  shipToCountry: string;
};

export const DEMO_DEALS: DemoDeal[] = [
  {
    title: '1. 100,000.00 EUR, DE owner, DE company, shipped to DE',
    opportunityId: 'opp-1',
    amountMicros: 100_000_000_000,
    ownerId: 'wm-de-lam',
    companyCountry: 'DE',
    shipToCountry: 'DE',
  },
  {
    title: '2. the same deal shipped to PL',
    opportunityId: 'opp-2',
    amountMicros: 100_000_000_000,
    ownerId: 'wm-de-lam',
    companyCountry: 'DE',
    shipToCountry: 'PL',
  },
  {
    title: '3. a US rep off the team sells to the US subsidiary',
    opportunityId: 'opp-3',
    amountMicros: 100_000_000_000,
    ownerId: 'wm-us-rep',
    companyCountry: 'US',
    shipToCountry: 'US',
  },
  {
    title: '4. 0.01 EUR, DE owner, PL company, shipped to FR',
    opportunityId: 'opp-4',
    amountMicros: 10_000,
    ownerId: 'wm-de-lam',
    companyCountry: 'PL',
    shipToCountry: 'FR',
  },
];

export const buildDemoInput = (deal: DemoDeal): CreditLedgerInput => ({
  opportunity: {
    id: deal.opportunityId as OpportunityId,
    amount: { amountMicros: deal.amountMicros, currencyCode: 'EUR' },
    stage: 'PROPOSAL',
    closeDate: '2026-12-15',
    ownerId: deal.ownerId as WorkspaceMemberId,
    bookingCountry: null,
    shipToCountry: deal.shipToCountry,
    isDeleted: false,
  },
  company: {
    id: `co-${deal.companyCountry}` as never,
    countryCode: deal.companyCountry,
    globalAccountId: GLOBAL_ACCOUNT_ID,
  },
  globalAccount: {
    id: GLOBAL_ACCOUNT_ID,
    globalAccountManagerId: 'wm-gam' as WorkspaceMemberId,
    reportingCurrency: 'EUR',
    creditPolicy: null,
  },
  team: TEAM,
  lines: [],
  periods: [
    {
      name: '2026-Q4',
      startDate: '2026-10-01' as IsoDate,
      endDateInclusive: '2026-12-31' as IsoDate,
      state: 'OPEN',
    },
  ],
  rates: [],
  today: '2026-11-27',
});
