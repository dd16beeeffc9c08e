// Roll-ups of 1,000 global accounts holding 200,000 opportunities, computed from the grouped
// sums Twenty's group-by queries return (never a per-deal list). Prints figures; never asserted.
import {
  computeGlobalAccountRollup,
  type CompanyCountryGroup,
  type GlobalAccountId,
  type GlobalAccountRollupInput,
  type OpportunityAmountGroup,
  type TeamMember,
} from '@global-accounts/domain';

import { formatRate, measure } from './support/measure';

const ACCOUNTS = 1_000;
const OPPORTUNITIES = 200_000;
const STAGES = ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER', 'LOST'];
const CURRENCIES = ['EUR', 'EUR', 'EUR', 'PLN', 'SEK', 'USD', 'CNY'];
const COUNTRIES = ['SE', 'DE', 'PL', 'FR', 'US', 'CN', 'GB', 'IT'];
const RATES = [
  { fromCurrency: 'EUR', toCurrency: 'PLN', rate: '4.25' },
  { fromCurrency: 'EUR', toCurrency: 'SEK', rate: '11.5' },
  { fromCurrency: 'EUR', toCurrency: 'USD', rate: '1.08' },
  { fromCurrency: 'EUR', toCurrency: 'CNY', rate: '7.8' },
];
// The requests a gateway makes per account (the design the inputs follow):
// 1. one GraphQL document: companiesGroupBy(countryCode) + accountTeamMembers + conflicts totalCount;
// 2. opportunitiesGroupBy(stage, amount.currencyCode, shipToCountry, closeDate MONTH) with sumAmountAmountMicros;
// 3. updateGlobalAccount with the roll-up fields that changed.
const REQUESTS_PER_ACCOUNT = 3;

// mulberry32: a small deterministic generator, so every run measures the same inputs.
const random = (() => {
  let state = 7;
  return (limit: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) % limit;
  };
})();
const pick = <TItem>(items: readonly TItem[]): TItem =>
  items[random(items.length)] as TItem;

// What opportunitiesGroupBy returns for one account: one row per distinct (stage, currency, country, month).
const groupDeals = (dealCount: number): OpportunityAmountGroup[] => {
  const groups = new Map<string, OpportunityAmountGroup>();
  for (let deal = 0; deal < dealCount; deal += 1) {
    const month = random(24);
    const row = {
      stage: pick(STAGES),
      currencyCode: pick(CURRENCIES),
      countryCode: pick(COUNTRIES),
      closeMonth: `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
    };
    const key = `${row.stage}|${row.currencyCode}|${row.countryCode}|${row.closeMonth}`;
    const amountMicros = BigInt(random(5_000_000) + 1) * 10_000n;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { ...row, amountMicros });
    else group.amountMicros += amountMicros;
  }
  return [...groups.values()];
};

const buildInputs = (): GlobalAccountRollupInput[] =>
  Array.from({ length: ACCOUNTS }, (_, index) => {
    const countries = COUNTRIES.slice(0, 3 + random(COUNTRIES.length - 3));
    const companyCountries: CompanyCountryGroup[] = countries.map(
      (countryCode) => ({ countryCode, companyCount: 1 + random(4) }),
    );
    const team: TeamMember[] = countries
      .slice(1)
      .map((countryCode, member) => ({
        id: `tm-${index}-${member}` as never,
        workspaceMemberId: `wm-${countryCode}` as never,
        role: 'LOCAL_ACCOUNT_MANAGER',
        countryCode,
        startDate: '2025-01-01' as never,
        endDateInclusive: null,
      }));
    return {
      globalAccount: {
        id: `ga-${index}` as GlobalAccountId,
        reportingCurrency: 'EUR',
      },
      opportunityGroups: groupDeals(OPPORTUNITIES / ACCOUNTS),
      companyCountries,
      team,
      openConflictCount: random(12),
      rates: RATES,
      today: '2026-11-27',
      settings: { fiscalYearStartMonth: 4, lostStages: ['LOST'] },
    };
  });

const main = (): void => {
  const inputs = buildInputs();
  const groupRows = inputs.reduce(
    (sum, input) => sum + input.opportunityGroups.length,
    0,
  );
  const run = () =>
    measure(ACCOUNTS, (index) =>
      computeGlobalAccountRollup(inputs[index] as GlobalAccountRollupInput)
        .rollupStatus === 'OK'
        ? 1
        : 0,
    );
  run(); // warm-up
  const rounds = [run(), run(), run()];
  const best = rounds.reduce((fastest, round) =>
    round.perSecond > fastest.perSecond ? round : fastest,
  );
  console.log(
    `roll-up engine: ${ACCOUNTS.toLocaleString('en')} accounts, ${OPPORTUNITIES.toLocaleString('en')} opportunities`,
  );
  console.log(
    `  grouped input      ${groupRows.toLocaleString('en')} group-by rows (${(groupRows / ACCOUNTS).toFixed(0)} per account)`,
  );
  console.log(
    `  requests/account   ${REQUESTS_PER_ACCOUNT} by design (goal ≤ 3): 2 grouped reads + 1 write`,
  );
  console.log(
    `  throughput         ${formatRate(best)} accounts per CPU second`,
  );
  console.log(
    `  all 1,000 accounts ${((ACCOUNTS / best.perSecond) * 1000).toFixed(1)} ms of CPU (wall ${(best.seconds * 1000).toFixed(1)} ms)`,
  );
  console.log(`  status OK          ${best.checksum} of ${ACCOUNTS}`);
  console.log(
    `  peak memory        rss ${best.peakRssMiB} MiB, heap ${best.peakHeapMiB} MiB`,
  );
};

main();
