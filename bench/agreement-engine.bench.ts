// The agreement engine on 1,000 agreements over 1,000,000 won deals (issue 9: goal ≤ 2 s on one
// core). The deals are grouped into the buckets a Twenty `opportunitiesGroupBy` returns
// (company × agreement link × currency × close day); with 1,000 deals per family spread over
// a year almost every deal is its own bucket, the engine's worst case. Prints figures only.
import {
  type AgreementProgressInput,
  type AgreementRecord,
  type CompanyId,
  type CreditPeriod,
  computeAgreementProgress,
  type FamilyCompany,
  type FrameworkAgreementId,
  type GlobalAccountId,
  type IsoDate,
  type OpportunityId,
  planAgreementAlerts,
  planDealAgreementConflicts,
  resolveDealCompliance,
  type VolumeBucket,
  type WorkspaceMemberId,
} from '@global-accounts/domain';

import { measure, type Measurement } from './support/measure';

const AGREEMENTS = 1_000;
const DEALS = 1_000_000;
const DEALS_PER_AGREEMENT = DEALS / AGREEMENTS;
const COUNTRIES = ['DE', 'PL', 'FR', 'SE', 'US', 'CN', 'IT', 'ES'];
const CURRENCY_BY_COUNTRY: Record<string, string> = {
  PL: 'PLN',
  SE: 'SEK',
  US: 'USD',
  CN: 'CNY',
};
const RATES = [
  { fromCurrency: 'PLN', toCurrency: 'EUR', rate: '0.2331' },
  { fromCurrency: 'SEK', toCurrency: 'EUR', rate: '0.0871' },
  { fromCurrency: 'USD', toCurrency: 'EUR', rate: '0.9213' },
  { fromCurrency: 'CNY', toCurrency: 'EUR', rate: '0.1274' },
];
const PERIODS: CreditPeriod[] = [
  ['2026-Q1', '2026-01-01', '2026-03-31', 'CLOSED'],
  ['2026-Q2', '2026-04-01', '2026-06-30', 'CLOSED'],
  ['2026-Q3', '2026-07-01', '2026-09-30', 'OPEN'],
  ['2026-Q4', '2026-10-01', '2026-12-31', 'OPEN'],
].map(
  ([name, startDate, endDateInclusive, state]) =>
    ({ name, startDate, endDateInclusive, state }) as CreditPeriod,
);
const TODAY = '2026-09-15' as IsoDate;

const random = (() => {
  let state = 7;
  return (limit: number): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % limit;
  };
})();

const dayOfYear = (index: number): IsoDate =>
  new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10) as IsoDate;
const DAYS = Array.from({ length: 365 }, (_, index) => dayOfYear(index));

type Family = { agreement: AgreementRecord; companies: FamilyCompany[] };
type Deal = {
  family: number;
  company: number;
  linked: boolean;
  day: number;
  amountMicros: number;
};

const buildFamilies = (): Family[] =>
  Array.from({ length: AGREEMENTS }, (_, index) => ({
    agreement: {
      id: `fa-${String(index)}` as FrameworkAgreementId,
      globalAccountId: `ga-${String(index)}` as GlobalAccountId,
      name: `Agreement ${String(index)}`,
      kind: 'GLOBAL_FRAMEWORK',
      status: 'ACTIVE',
      startDate: '2026-01-01' as IsoDate,
      endDateInclusive: '2026-12-31' as IsoDate,
      currency: 'EUR',
      coveredCountries:
        index % 2 === 0 ? [] : ['DE', 'PL', 'FR', 'SE', 'IT', 'ES'],
      agreedDiscountPercent: 8,
      retroactive: index % 3 !== 0,
      priority: 0,
    },
    companies: COUNTRIES.map((countryCode, position) => ({
      id: `co-${String(index)}-${String(position)}` as CompanyId,
      countryCode,
      globalAccountSince: position === 7 ? ('2026-05-01' as IsoDate) : null,
    })),
  }));

const buildDeals = (): Deal[] =>
  Array.from({ length: DEALS }, (_, index) => ({
    family: Math.floor(index / DEALS_PER_AGREEMENT),
    company: random(COUNTRIES.length),
    linked: random(10) < 8,
    day: random(365),
    amountMicros: (random(200_000) + 1_000) * 1_000_000,
  }));

// What the database's group-by does; timed apart from the engine.
const groupDeals = (
  families: readonly Family[],
  deals: readonly Deal[],
): VolumeBucket[][] => {
  const buckets = families.map(() => new Map<string, VolumeBucket>());
  for (const deal of deals) {
    const family = families[deal.family] as Family;
    const company = family.companies[deal.company] as FamilyCompany;
    const currencyCode =
      CURRENCY_BY_COUNTRY[company.countryCode ?? ''] ?? 'EUR';
    const key = `${company.id}|${String(deal.linked)}|${String(deal.day)}`;
    const existing = buckets[deal.family]?.get(key);
    if (existing !== undefined)
      existing.amount.amountMicros += deal.amountMicros;
    else
      buckets[deal.family]?.set(key, {
        companyId: company.id,
        frameworkAgreementId: deal.linked ? family.agreement.id : null,
        closeDate: DAYS[deal.day] as IsoDate,
        amount: { amountMicros: deal.amountMicros, currencyCode },
      });
  }
  return buckets.map((map) => [...map.values()]);
};

const TIERS = [0, 50_000_000, 100_000_000, 200_000_000].map((major, index) => ({
  fromVolume: { amountMicros: major * 1_000_000, currencyCode: 'EUR' },
  rebatePercent: index * 1.5,
}));

const RECIPIENTS = {
  globalAccountManagerId: 'wm-gam' as WorkspaceMemberId,
  contractManagerIds: [],
  localAccountManagers: [],
};

const benchAgreements = (
  families: readonly Family[],
  buckets: readonly VolumeBucket[][],
): Measurement =>
  measure(families.length, (index) => {
    const family = families[index] as Family;
    const input: AgreementProgressInput = {
      agreement: family.agreement,
      tiers: TIERS,
      companies: family.companies,
      volumeBuckets: buckets[index] ?? [],
      rates: RATES,
      periods: PERIODS,
      settlements: [],
      today: TODAY,
    };
    const progress = computeAgreementProgress(input);
    if (!progress.success)
      throw new Error(
        `engine refused a bench agreement: ${progress.error.message}`,
      );
    const alerts = planAgreementAlerts({
      progress: progress.data,
      recipients: RECIPIENTS,
      today: TODAY,
      storedDedupeKeys: [],
    });
    return progress.data.settlements.length + alerts.raised.length;
  });

const buildComplianceInput = (
  families: readonly Family[],
  deals: readonly Deal[],
  index: number,
) => {
  const deal = deals[index] as Deal;
  const family = families[deal.family] as Family;
  const company = family.companies[deal.company] as FamilyCompany;
  const currencyCode = CURRENCY_BY_COUNTRY[company.countryCode ?? ''] ?? 'EUR';
  return {
    family,
    company,
    input: {
      deal: {
        id: `opp-${String(index)}` as OpportunityId,
        closeDate: DAYS[deal.day] as IsoDate,
        frameworkAgreementId: deal.linked ? family.agreement.id : null,
        amount: { amountMicros: deal.amountMicros, currencyCode },
        // Nine deals in ten at the agreed 8 % discount, one in ten at 12 %.
        listAmount: {
          amountMicros: Math.round(
            (deal.amountMicros * 100) / (index % 10 === 0 ? 88 : 92),
          ),
          currencyCode,
        },
      },
      company: {
        ...company,
        globalAccountId: family.agreement.globalAccountId,
      },
      agreements: [family.agreement],
      priceTolerancePercent: 0.5,
      today: TODAY,
    },
  };
};

const benchCompliance = (
  families: readonly Family[],
  deals: readonly Deal[],
): Measurement =>
  measure(DEALS, (index) => {
    const { family, company, input } = buildComplianceInput(
      families,
      deals,
      index,
    );
    const compliance = resolveDealCompliance(input);
    if (!compliance.success) throw new Error(compliance.error.message);
    const plan = planDealAgreementConflicts({
      opportunityId: input.deal.id,
      ownerId: 'wm-owner' as WorkspaceMemberId,
      companyId: company.id,
      countryCode: company.countryCode,
      globalAccountId: family.agreement.globalAccountId as GlobalAccountId,
      globalAccountManagerId: 'wm-gam' as WorkspaceMemberId,
      compliance: compliance.data,
      storedDedupeKeys: [],
    });
    return plan.raised.length;
  });

const cpuSeconds = (measurement: Measurement, count: number): string =>
  (count / measurement.perSecond).toFixed(2);
const best = (rounds: Measurement[]): Measurement =>
  rounds.reduce((winner, round) =>
    round.perSecond > winner.perSecond ? round : winner,
  );

const main = (): void => {
  const families = buildFamilies();
  const deals = buildDeals();
  const grouping = measure(1, () => groupDeals(families, deals).length);
  const buckets = groupDeals(families, deals);
  const bucketCount = buckets.reduce((sum, list) => sum + list.length, 0);
  benchAgreements(families.slice(0, 50), buckets); // warm-up
  // Best of three rounds: other work on a shared machine only ever slows a round down.
  const engine = best([
    benchAgreements(families, buckets),
    benchAgreements(families, buckets),
    benchAgreements(families, buckets),
  ]);
  const compliance = best([
    benchCompliance(families, deals),
    benchCompliance(families, deals),
  ]);
  console.log(
    `agreement engine: ${AGREEMENTS.toLocaleString('en')} agreements over ${DEALS.toLocaleString('en')} won deals (${bucketCount.toLocaleString('en')} group-by buckets)`,
  );
  console.log(
    `  progress, settlements and alerts of every agreement  ${cpuSeconds(engine, AGREEMENTS)} s CPU (goal ≤ 2 s), ${engine.seconds.toFixed(2)} s wall`,
  );
  console.log(
    `  grouping the deals in memory (the database's job)    ${cpuSeconds(grouping, 1)} s CPU`,
  );
  console.log(
    `  compliance + conflicts of every deal                 ${cpuSeconds(compliance, DEALS)} s CPU, ${Math.round(compliance.perSecond).toLocaleString('en')} deals per CPU second`,
  );
  console.log(
    `  settlements + alerts planned per round               ${engine.checksum.toLocaleString('en')}; conflicts planned ${compliance.checksum.toLocaleString('en')}`,
  );
  console.log(
    `  peak memory                                          rss ${String(compliance.peakRssMiB)} MiB, heap ${String(compliance.peakHeapMiB)} MiB`,
  );
};

main();
