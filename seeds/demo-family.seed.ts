import { SEED_IDS } from './constants/seed-ids.constant';
import { type DemoAgreementKey } from './demo-agreements.seed';

// A multinational customer family: Nordlys, a Swedish maker of industrial lighting, with
// subsidiaries in DE, PL, FR, US and CN (and a Swedish design studio bought mid-year), and
// the sales organisation that serves it.

export const DEMO_MEMBERS = [
  {
    key: 'gam',
    first: 'Astrid',
    last: 'Lind',
    email: 'astrid.lind@lumensales.example',
    country: 'SE',
  },
  {
    key: 'seLam',
    first: 'Erik',
    last: 'Holm',
    email: 'erik.holm@lumensales.example',
    country: 'SE',
  },
  {
    key: 'deLam',
    first: 'Jonas',
    last: 'Weber',
    email: 'jonas.weber@lumensales.example',
    country: 'DE',
  },
  {
    key: 'plLam',
    first: 'Ewa',
    last: 'Nowak',
    email: 'ewa.nowak@lumensales.example',
    country: 'PL',
  },
  {
    key: 'frLam',
    first: 'Claire',
    last: 'Martin',
    email: 'claire.martin@lumensales.example',
    country: 'FR',
  },
  {
    key: 'cnLam',
    first: 'Wei',
    last: 'Li',
    email: 'wei.li@lumensales.example',
    country: 'CN',
  },
  {
    key: 'usRep',
    first: 'Mike',
    last: 'Brown',
    email: 'mike.brown@lumensales.example',
    country: 'US',
  },
].map((member, index) => ({
  ...member,
  id: SEED_IDS.workspaceMember(index + 1),
}));

export type DemoMemberKey = (typeof DEMO_MEMBERS)[number]['key'];
export const memberId = (key: DemoMemberKey): string =>
  DEMO_MEMBERS.find((member) => member.key === key)?.id ?? '';

export const DEMO_GLOBAL_ACCOUNT = {
  id: SEED_IDS.globalAccount(1),
  name: 'Nordlys Group',
  globalAccountManagerId: memberId('gam'),
  headquartersCountry: 'SE',
  reportingCurrency: 'EUR',
  status: 'ACTIVE',
  corporateDomains: ['nordlys.se', 'nordlys.com'],
  annualTarget: { amountMicros: 2_500_000_000_000, currencyCode: 'EUR' },
};

export const DEMO_COMPANIES = [
  {
    key: 'se',
    name: 'Nordlys Industrier AB',
    domain: 'nordlys.se',
    country: 'SE',
    registrationNumber: 'SE556677889901',
    city: 'Göteborg',
    parent: null,
    globalAccountSince: null,
  },
  {
    key: 'de',
    name: 'Nordlys Deutschland GmbH',
    domain: 'nordlys.de',
    country: 'DE',
    registrationNumber: 'DE811234567',
    city: 'Hamburg',
    parent: 'se',
    globalAccountSince: null,
  },
  {
    key: 'pl',
    name: 'Nordlys Polska Sp. z o.o.',
    domain: 'nordlys.pl',
    country: 'PL',
    registrationNumber: 'PL5252812345',
    city: 'Warszawa',
    parent: 'se',
    globalAccountSince: null,
  },
  {
    key: 'fr',
    name: 'Nordlys France SAS',
    domain: 'nordlys.fr',
    country: 'FR',
    registrationNumber: 'FR40123456789',
    city: 'Lyon',
    parent: 'se',
    globalAccountSince: null,
  },
  {
    key: 'us',
    name: 'Nordlys Lighting Inc.',
    domain: 'nordlys-lighting.com',
    country: 'US',
    registrationNumber: 'US861234567',
    city: 'Chicago',
    parent: 'se',
    globalAccountSince: null,
  },
  {
    key: 'cn',
    name: '诺德利斯照明（上海）有限公司',
    domain: 'nordlys.cn',
    country: 'CN',
    registrationNumber: 'CN91310115MA1K4ABC12',
    city: '上海',
    parent: 'se',
    globalAccountSince: null,
  },
  // Bought on 15 July 2026: its deals count toward the family's agreements from that day only.
  {
    key: 'seStudio',
    name: 'Nordlys Ljusdesign AB',
    domain: 'ljusdesign.se',
    country: 'SE',
    registrationNumber: 'SE559012345601',
    city: 'Malmö',
    parent: 'se',
    globalAccountSince: '2026-07-15',
  },
].map((company, index) => ({ ...company, id: SEED_IDS.company(index + 1) }));

export type DemoCompanyKey = (typeof DEMO_COMPANIES)[number]['key'];
export const companyId = (key: DemoCompanyKey): string =>
  DEMO_COMPANIES.find((company) => company.key === key)?.id ?? '';

// The US has no local account manager: the demo's uncovered country.
export const DEMO_TEAM = [
  { member: 'gam', role: 'GLOBAL_ACCOUNT_MANAGER', country: 'SE' },
  { member: 'seLam', role: 'LOCAL_ACCOUNT_MANAGER', country: 'SE' },
  { member: 'deLam', role: 'LOCAL_ACCOUNT_MANAGER', country: 'DE' },
  { member: 'plLam', role: 'LOCAL_ACCOUNT_MANAGER', country: 'PL' },
  { member: 'frLam', role: 'LOCAL_ACCOUNT_MANAGER', country: 'FR' },
  { member: 'cnLam', role: 'LOCAL_ACCOUNT_MANAGER', country: 'CN' },
].map((row, index) => ({
  ...row,
  member: row.member,
  id: SEED_IDS.teamMember(index + 1),
  startDate: '2025-01-01',
}));

export const DEMO_PERIODS = [
  {
    id: SEED_IDS.creditPeriod(1),
    name: '2026-Q3',
    startDate: '2026-07-01',
    endDate: '2026-09-30',
  },
  {
    id: SEED_IDS.creditPeriod(2),
    name: '2026-Q4',
    startDate: '2026-10-01',
    endDate: '2026-12-31',
  },
];
/** Closed after the Q3 deals are credited, so the demo shows an adjustment. */
export const DEMO_PERIOD_TO_CLOSE = '2026-Q3';

type DemoOpportunity = {
  name: string;
  company: DemoCompanyKey;
  owner: DemoMemberKey;
  amount: number;
  currency: string;
  stage: string;
  closeDate: string;
  bookingCountry?: string;
  shipToCountry: string;
  /** The agreement the deal is priced under (opportunity.frameworkAgreement). */
  frameworkAgreement?: DemoAgreementKey;
  /** The deal at list price, in the deal currency (for the agreed-discount check). */
  listAmount?: number;
};

export const DEMO_OPPORTUNITIES: (DemoOpportunity & { id: string })[] = (
  [
    {
      name: 'Hamburg warehouse retrofit',
      company: 'de',
      owner: 'deLam',
      amount: 100_000,
      currency: 'EUR',
      stage: 'PROPOSAL',
      closeDate: '2026-12-15',
      shipToCountry: 'DE',
      frameworkAgreement: 'deAssociation',
    },
    {
      name: 'Hamburg line lights for the Gdańsk plant',
      company: 'de',
      owner: 'deLam',
      amount: 100_000,
      currency: 'EUR',
      stage: 'CUSTOMER',
      closeDate: '2026-08-20',
      shipToCountry: 'PL',
      frameworkAgreement: 'global',
    },
    {
      name: 'Warsaw office LED programme',
      company: 'pl',
      owner: 'plLam',
      amount: 420_000,
      currency: 'PLN',
      stage: 'MEETING',
      closeDate: '2026-12-01',
      shipToCountry: 'PL',
    },
    {
      name: 'Lyon showroom, booked in Stockholm',
      company: 'fr',
      owner: 'seLam',
      amount: 58_500.5,
      currency: 'EUR',
      stage: 'CUSTOMER',
      closeDate: '2026-09-10',
      bookingCountry: 'SE',
      shipToCountry: 'FR',
      frameworkAgreement: 'global',
    },
    {
      name: 'Chicago distribution centre',
      company: 'us',
      owner: 'usRep',
      amount: 250_000,
      currency: 'USD',
      stage: 'PROPOSAL',
      closeDate: '2027-02-28',
      shipToCountry: 'US',
    },
    {
      name: 'Shanghai plant, shipped from the US office',
      company: 'cn',
      owner: 'usRep',
      amount: 1_800_000,
      currency: 'CNY',
      stage: 'SCREENING',
      closeDate: '2027-01-20',
      bookingCountry: 'US',
      shipToCountry: 'CN',
    },
    {
      name: 'Group HQ framework pilot',
      company: 'se',
      owner: 'gam',
      amount: 1_200_000,
      currency: 'SEK',
      stage: 'CUSTOMER',
      closeDate: '2026-10-30',
      shipToCountry: 'SE',
      frameworkAgreement: 'global',
    },
    {
      name: 'Paris flagship store',
      company: 'fr',
      owner: 'frLam',
      amount: 0.01,
      currency: 'EUR',
      stage: 'NEW',
      closeDate: '2026-12-20',
      shipToCountry: 'FR',
      frameworkAgreement: 'global',
    },
    // The agreement story (AGREEMENTS.md). Linked won volume comes to 372,000 EUR after the
    // demo's correction (tier 1, 2%); the PL office's local orders, 38,000 EUR off the
    // agreement, would lift the family to tier 2 at 400,000 EUR.
    {
      name: 'Lyon showroom, phase 2',
      company: 'fr',
      owner: 'frLam',
      amount: 37_499.5,
      currency: 'EUR',
      stage: 'CUSTOMER',
      closeDate: '2026-10-08',
      shipToCountry: 'FR',
      frameworkAgreement: 'global',
    },
    {
      name: 'Group HQ rollout, wave 1',
      company: 'se',
      owner: 'gam',
      amount: 180_000,
      currency: 'SEK',
      stage: 'CUSTOMER',
      closeDate: '2026-11-05',
      shipToCountry: 'SE',
      frameworkAgreement: 'global',
    },
    {
      name: 'Malmö studio fit-out, before the acquisition',
      company: 'seStudio',
      owner: 'seLam',
      amount: 45_000,
      currency: 'EUR',
      stage: 'CUSTOMER',
      closeDate: '2026-07-08',
      shipToCountry: 'SE',
    },
    {
      name: 'Malmö harbour promenade lighting',
      company: 'seStudio',
      owner: 'seLam',
      amount: 66_000,
      listAmount: 75_000,
      currency: 'EUR',
      stage: 'CUSTOMER',
      closeDate: '2026-09-22',
      shipToCountry: 'SE',
      frameworkAgreement: 'global',
    },
    {
      name: 'Kraków warehouse lighting, ordered locally',
      company: 'pl',
      owner: 'plLam',
      amount: 102_000,
      currency: 'PLN',
      stage: 'CUSTOMER',
      closeDate: '2026-09-03',
      shipToCountry: 'PL',
    },
    {
      name: 'Poznań plant emergency lights',
      company: 'pl',
      owner: 'plLam',
      amount: 59_500,
      currency: 'PLN',
      stage: 'CUSTOMER',
      closeDate: '2026-10-21',
      shipToCountry: 'PL',
    },
    {
      name: 'Marseille port terminal floodlights',
      company: 'fr',
      owner: 'frLam',
      amount: 68_000,
      listAmount: 85_000,
      currency: 'EUR',
      stage: 'PROPOSAL',
      closeDate: '2026-12-10',
      shipToCountry: 'FR',
      frameworkAgreement: 'global',
    },
  ] satisfies DemoOpportunity[]
).map((opportunity, index) => ({
  ...opportunity,
  id: SEED_IDS.opportunity(index + 1),
}));

/** After the Q3 close: the Gdańsk deal is corrected down, which posts Q4 adjustments. */
export const DEMO_CORRECTION = {
  opportunity: DEMO_OPPORTUNITIES[1]?.id ?? '',
  amount: 90_000,
};

// Rates the admin maintains (application variable EXCHANGE_RATES), as exact decimals.
export const DEMO_EXCHANGE_RATES = [
  { fromCurrency: 'EUR', toCurrency: 'PLN', rate: '4.25' },
  { fromCurrency: 'EUR', toCurrency: 'USD', rate: '1.08' },
  { fromCurrency: 'EUR', toCurrency: 'CNY', rate: '7.8' },
  { fromCurrency: 'EUR', toCurrency: 'SEK', rate: '11.5' },
];

// The conflict radar's demo (issue 10): records outside the family that the nightly radar
// matches against it. The DE office created the PL subsidiary a second time under a spelling
// variant (DUPLICATE_COMPANY, POSSIBLE), and a Norwegian affiliate on the corporate domain
// nordlys.com was never attached (UNLINKED_AFFILIATE).
export const DEMO_RADAR_COMPANIES = [
  {
    key: 'plDuplicate',
    name: 'Nordlis Polska',
    domain: null,
    country: 'PL',
    registrationNumber: null,
    city: 'Warszawa',
    owner: 'deLam' as DemoMemberKey,
  },
  {
    key: 'noAffiliate',
    name: 'Nordlys Norge AS',
    domain: 'nordlys.com',
    country: 'NO',
    registrationNumber: null,
    city: 'Oslo',
    owner: null,
  },
].map((company, index) => ({ ...company, id: SEED_IDS.company(20 + index) }));

// The conflict radar's deal side (issue 10): new deals without a value yet (amount 0, stage
// NEW), so the credit and agreement figures stay as they are. The FR office opens a deal for
// the PL subsidiary (CROSS_REGION_PROSPECT for the GAM and the PL manager, and a note to the
// FR manager), and the DE office books an order of the PL subsidiary in DE (PARALLEL_IMPORT,
// with the agreed-price gap between PL and DE; DE's own deal is also cross-region).
export const DEMO_RADAR_DEALS = [
  {
    name: 'Wrocław logistics hub lighting, prospected from Lyon',
    company: 'pl' as DemoCompanyKey,
    owner: 'frLam' as DemoMemberKey,
    bookingCountry: null,
    shipToCountry: 'PL',
  },
  {
    name: 'Gdańsk plant spares, booked in Hamburg',
    company: 'pl' as DemoCompanyKey,
    owner: 'deLam' as DemoMemberKey,
    bookingCountry: 'DE',
    shipToCountry: 'PL',
  },
].map((deal, index) => ({
  ...deal,
  id: SEED_IDS.opportunity(40 + index),
  stage: 'NEW',
  closeDate: '2026-12-18',
  amount: { amountMicros: 0, currencyCode: 'EUR' },
}));
