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

// mulberry32: exact 32-bit steps (a float LCG loses bits past 2^53 and falls into short cycles).
const random = (() => {
  let state = 7;
  return (limit: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return Math.floor(
      (((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296) * limit,
    );
  };
})();
const pick = <TItem>(items: readonly TItem[]): TItem =>
  items[random(items.length)] as TItem;

// Distinct generated companies (syllable words), with 2 % spelling variants of an earlier
// company in its country and 1 % of an earlier brand abroad, so blocks look like real ones.
const SYLLABLES = [
  'nor',
  'dly',
  'sta',
  'ber',
  'vik',
  'lan',
  'mar',
  'ten',
  'sko',
  'pol',
  'gra',
  'fin',
  'hel',
  'ost',
  'rud',
  'kan',
  'sel',
  'bor',
  'tor',
  'lin',
  'mü',
  'ło',
  'wä',
  'bau',
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
  'Maschinenbau',
  'Transport',
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

const syllableWord = (): string => {
  const word = Array.from({ length: 3 + random(3) }, () =>
    pick(SYLLABLES),
  ).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
};
const misspell = (name: string): string => {
  const at = 5 + random(Math.max(1, name.length - 6));
  return (
    name.slice(0, at) +
    name.charAt(at + 1) +
    name.charAt(at) +
    name.slice(at + 2)
  );
};

const generated: CompanyMatchInput[] = [];
const buildInput = (index: number): CompanyMatchInput => {
  const earlier = index > 100 ? generated[random(index)] : undefined;
  if (earlier !== undefined && index % 50 === 0) {
    return {
      ...earlier,
      name: misspell(earlier.name ?? ''),
      registrationNumber: null,
    };
  }
  if (earlier !== undefined && index % 100 === 1) {
    return {
      ...earlier,
      countryCode: pick(COUNTRIES),
      registrationNumber: null,
    };
  }
  const brand = `${syllableWord()}${random(3) === 0 ? ` ${syllableWord()}` : ''}`;
  const country = pick(COUNTRIES);
  return {
    name: `${brand} ${pick(WORDS)} ${pick(FORMS)}`,
    domainName:
      index % 3 === 0
        ? `https://www.${brand.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index}.${country.toLowerCase()}/contact`
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
  for (let index = 0; index < COMPANIES; index += 1)
    generated.push(buildInput(index));
  const inputs = generated;
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
