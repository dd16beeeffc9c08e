// Throughput of the conflict-matching engine: normalising companies into their match keys,
// classifying pairs, and scoring one company against a block of candidates (what one company
// event costs once the gateway has loaded the block), side by side with a naive scan of every
// company. Prints figures and ratios; MATCH_BENCH_COMPANIES sets the size (default 100,000).
import {
  buildCandidateLookup,
  buildCompanyMatchKeys,
  buildPageCandidateFilters,
  buildCompanyMatchProfile,
  buildCorporateDomainIndex,
  classifyCompanyMatch,
  type CompanyId,
  type CompanyMatchInput,
  type CompanyMatchRecord,
  type GlobalAccountId,
  planCompanyMatchConflicts,
  toConflictPartyFacts,
} from '@global-accounts/domain';

import { formatRate, measure } from './support/measure';

const COMPANIES = Number(process.env['MATCH_BENCH_COMPANIES'] ?? 100_000);
const BLOCK_SIZES = [10, 50, 200, 1000];
const SUBJECTS = 2_000;

const random = (() => {
  let state = 7;
  return (limit: number): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % limit;
  };
})();
const pick = <TItem>(items: readonly TItem[]): TItem =>
  items[random(items.length)] as TItem;

const BRANDS = [
  'Nordlys',
  'Nordic Steel',
  'Baltic Timber',
  'Müller Maschinenbau',
  'Skanska',
  'Łódzka Fabryka',
  'Wärtsilä',
  'Kongsberg',
  'Atlas',
  'Hexagon',
  'Equinor',
  'Sandvik',
  'Volvo',
  'Electricité',
  'Henkel',
];
const WORDS = [
  'Logistics',
  'Energy',
  'Services',
  'Trading',
  'Systems',
  'Polska',
  'Norge',
  'Deutschland',
  'Group',
  'Holding',
  'Retail',
  'Solutions',
];
const FORMS = [
  'AB',
  'AS',
  'GmbH',
  'GmbH & Co. KG',
  'Sp. z o.o.',
  'S.A.',
  'Oyj',
  'Ltd',
  'Inc.',
  'S.p.A.',
  '',
];
const COUNTRIES = ['DE', 'PL', 'SE', 'NO', 'FI', 'FR', 'GB', 'IT'];

const buildInput = (index: number): CompanyMatchInput => {
  const brand = `${pick(BRANDS)}${index % 7 === 0 ? '' : ` ${random(100_000)}`}`;
  const country = pick(COUNTRIES);
  return {
    name: `${brand} ${pick(WORDS)} ${pick(FORMS)}`,
    domainName:
      index % 3 === 0
        ? `https://www.${brand.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${country.toLowerCase()}/contact`
        : null,
    countryCode: country,
    registrationNumber:
      index % 2 === 0
        ? `${country} ${100_000_000 + random(899_999_999)}`
        : null,
  };
};

const toRecord = (
  input: CompanyMatchInput,
  index: number,
): CompanyMatchRecord => ({
  profile: buildCompanyMatchProfile({
    ...input,
    companyId: `co-${index}` as CompanyId,
    globalAccountId: index % 5 === 0 ? ('ga-1' as GlobalAccountId) : null,
  }).profile,
  facts: toConflictPartyFacts({
    name: input.name,
    countryCode: input.countryCode,
    ownerName: 'Owner',
    openOpportunityCount: index % 4,
  }),
});

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

const main = (): void => {
  const inputs = Array.from({ length: COMPANIES }, (_, index) =>
    buildInput(index),
  );
  const corporate = buildCorporateDomainIndex([
    {
      globalAccountId: 'ga-1' as GlobalAccountId,
      corporateDomains: ['nordlys.com', 'nordlys.pl'],
    },
  ]).index;
  const names = new Map([['ga-1' as GlobalAccountId, 'Nordlys']]);

  measure(5_000, (index) =>
    buildCompanyMatchKeys(inputs[index] as CompanyMatchInput).keys.matchKey ===
    null
      ? 0
      : 1,
  ); // warm-up
  const normalise = measure(COMPANIES, (index) =>
    buildCompanyMatchKeys(inputs[index] as CompanyMatchInput).keys.matchKey ===
    null
      ? 0
      : 1,
  );
  const records = inputs.map(toRecord);
  const classify = measure(COMPANIES, (index) => {
    const match = classifyCompanyMatch({
      left: (records[index] as CompanyMatchRecord).profile,
      right: (records[(index * 7 + 1) % COMPANIES] as CompanyMatchRecord)
        .profile,
      corporateDomains: corporate,
    });
    return match === null ? 0 : 1;
  });

  console.log(
    `conflict matching: ${COMPANIES.toLocaleString('en')} generated companies`,
  );
  console.log(
    `  normalise (all keys)   ${formatRate(normalise)} companies per CPU second`,
  );
  console.log(
    `  classify a pair        ${formatRate(classify)} pairs per CPU second`,
  );
  console.log(
    '  one company against a block of candidates (planCompanyMatchConflicts, conflicts included):',
  );
  for (const size of BLOCK_SIZES) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let subject = 0; subject < SUBJECTS; subject += 1) {
      const start = (subject * 97) % (COMPANIES - size);
      const block = records.slice(start, start + size);
      const began = process.hrtime.bigint();
      const cpuBegan = process.cpuUsage();
      planCompanyMatchConflicts({
        subject: records[(subject * 13) % COMPANIES] as CompanyMatchRecord,
        candidates: block,
        corporateDomains: corporate,
        globalAccountNames: names,
        liveKeys: [],
      });
      const used = process.cpuUsage(cpuBegan);
      cpu.push((used.user + used.system) / 1000);
      wall.push(Number(process.hrtime.bigint() - began) / 1e6);
    }
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    // CPU time is what the engine costs; wall p99 also counts the time other processes on a
    // shared machine took the core.
    console.log(
      `    block ${String(size).padStart(5)}          cpu p50 ${percentile(cpu, 0.5).toFixed(3)} ms, p99 ${percentile(cpu, 0.99).toFixed(3)} ms; wall p50 ${percentile(wall, 0.5).toFixed(3)} ms, p99 ${percentile(wall, 0.99).toFixed(3)} ms`,
    );
  }
  const scanSubjects = 5;
  const scan = measure(
    scanSubjects,
    (subject) =>
      planCompanyMatchConflicts({
        subject: records[subject * 1_001] as CompanyMatchRecord,
        candidates: records,
        corporateDomains: corporate,
        globalAccountNames: names,
        liveKeys: [],
      }).matches.length,
  );
  const scanMs = (scan.seconds * 1000) / scanSubjects;
  console.log(
    `  naive scan of all ${COMPANIES.toLocaleString('en')}   ${scanMs.toFixed(1)} ms per company (projected to 1,000,000: ${((scanMs * 1_000_000) / COMPANIES).toFixed(0)} ms), before any I/O`,
  );
  // Nightly batch, engine side: pages of 200 companies; the candidates of a page are what its
  // one `in` query returns (here: an in-memory index over all companies stands in for the
  // database indexes), then each company is scored against its own block only.
  const everyone = buildCandidateLookup(records);
  const PAGE = 200;
  let pageCandidates = 0;
  let conflicts = 0;
  const batchCpu = process.cpuUsage();
  for (let first = 0; first < COMPANIES; first += PAGE) {
    const page = records.slice(first, first + PAGE);
    buildPageCandidateFilters(page.map((record) => record.profile.keys));
    const loaded = new Set(
      page.flatMap((record) => everyone(record.profile.keys)),
    );
    pageCandidates += loaded.size;
    const lookup = buildCandidateLookup([...loaded]);
    for (const subject of page) {
      conflicts += planCompanyMatchConflicts({
        subject,
        candidates: lookup(subject.profile.keys),
        corporateDomains: corporate,
        globalAccountNames: names,
        liveKeys: [],
      }).raised.length;
    }
  }
  const used = process.cpuUsage(batchCpu);
  const batchSeconds = (used.user + used.system) / 1e6;
  console.log(
    `  nightly batch (engine) ${batchSeconds.toFixed(1)} CPU s for ${COMPANIES.toLocaleString('en')} companies in pages of ${PAGE} (projected to 1,000,000: ${((batchSeconds * 1_000_000) / COMPANIES).toFixed(0)} s); ${Math.round(pageCandidates / Math.ceil(COMPANIES / PAGE)).toLocaleString('en')} candidates loaded per page on average; ${conflicts.toLocaleString('en')} conflicts planned`,
  );
  console.log(
    `  peak memory            rss ${classify.peakRssMiB} MiB, heap ${classify.peakHeapMiB} MiB`,
  );
};

main();
