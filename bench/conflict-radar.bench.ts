// Issue 10, the conflict radar on the host with PostgreSQL and generated companies: API
// requests per event, candidate lookup p99 (exact keys, fuzzy candidates), the prospect check
// p99 and the nightly batch, side by side with a naive baseline that scans every company.
// Companies are inserted in bulk straight into PostgreSQL (COPY into a staging table, then
// INSERT … SELECT), with the keys the engine computes; everything measured goes through the
// host's API as the app's code does.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:radar -w @global-accounts/bench
//   RADAR_BENCH_COMPANIES=100000 (default) · RADAR_BENCH_SAMPLES=200 · RADAR_BENCH_PAGES=25
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

import { z } from 'zod';

import {
  buildCandidateFilters,
  buildCandidateLookup,
  buildCompanyMatchKeys,
  buildCompanyMatchProfile,
  buildPageCandidateFilters,
  classifyCompanyMatch,
  toConflictPartyFacts,
  type CandidateFilter,
  type CompanyId,
  type CompanyMatchKeys,
  type CompanyMatchRecord,
  type GlobalAccountId,
} from '@global-accounts/domain';
import {
  createGraphqlClient,
  loadCompanyCandidates,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';
import { startTwentyHost } from '@global-accounts/twenty-host';

// The bench times the app's own prospect-check work in this process (no app package to import).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { checkProspect } from '../workflows/conflict-radar/check-prospect.util';
import {
  APP_BUDGET_PER_MINUTE,
  APP_OUTPUT,
} from './support/built-app.constant';

const SIZE = Number(process.env.RADAR_BENCH_COMPANIES ?? 100_000);
const SAMPLES = Number(process.env.RADAR_BENCH_SAMPLES ?? 200);
const BATCH_PAGES = Number(process.env.RADAR_BENCH_PAGES ?? 25);
const PAGE = 200;
const BASE_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const GOALS = {
  requestsPerEvent: 2,
  exactP99Ms: 2,
  fuzzyP99Ms: 150,
  prospectP99Ms: 300,
};

// mulberry32
const random = (() => {
  let state = 11;
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
  'Retail',
  'Foods',
  'Engineering',
];
const FORMS: Record<string, string> = {
  SE: 'AB',
  DE: 'GmbH',
  PL: 'Sp. z o.o.',
  FR: 'SAS',
  NO: 'AS',
  FI: 'Oy',
  DK: 'A/S',
  NL: 'B.V.',
};
const COUNTRIES = Object.keys(FORMS);

type Generated = {
  id: string;
  name: string;
  countryCode: string;
  domain: string | null;
  registrationNumber: string | null;
  keys: CompanyMatchKeys;
};

const word = () =>
  Array.from({ length: 2 + random(2) }, () => pick(SYLLABLES)).join('');
const typo = (text: string): string => {
  const at = 4 + random(Math.max(1, text.length - 4));
  return `${text.slice(0, at)}${text.charAt(at) === 'e' ? 'a' : 'e'}${text.slice(at + 1)}`;
};

const generate = (count: number): Generated[] => {
  const companies: Generated[] = [];
  for (let index = 0; index < count; index += 1) {
    const countryCode = pick(COUNTRIES);
    const earlier = companies.length > 0 ? pick(companies) : undefined;
    let brand = `${word()} ${pick(WORDS)}`;
    // 2 % spelling variants in the same country, 1 % the same brand abroad.
    const roll = random(100);
    if (earlier !== undefined && roll < 2)
      brand = typo(earlier.name.split(' ').slice(0, 2).join(' '));
    else if (earlier !== undefined && roll < 3)
      brand = earlier.name.split(' ').slice(0, 2).join(' ');
    const name = `${brand.charAt(0).toUpperCase()}${brand.slice(1)} ${FORMS[countryCode]}`;
    const domain =
      random(3) === 0
        ? `${brand.replace(/[^a-z]/gi, '').toLowerCase()}${index}.com`
        : null;
    const registrationNumber =
      random(2) === 0 ? String(100_000_000 + index) : null;
    const { keys } = buildCompanyMatchKeys({
      name,
      domainName: domain,
      countryCode,
      registrationNumber,
    });
    companies.push({
      id: randomUUID(),
      name,
      countryCode,
      domain,
      registrationNumber,
      keys,
    });
  }
  return companies;
};

const psql = (url: string, sql: string, input?: string): string => {
  const result = spawnSync(
    'psql',
    [url, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql],
    {
      input,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
    },
  );
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  return result.stdout;
};

const csv = (value: string | null): string =>
  value === null ? '' : `"${value.replace(/"/g, '""')}"`;

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ] ?? NaN
  );
};

// A request refused at the socket ("could not be reached") on this loaded machine is sent again,
// as Twenty's own clients retry; every retry is counted and printed.
let networkRetries = 0;
const retrying = async <
  TResult extends { success: boolean; error?: { message: string } },
>(
  send: () => Promise<TResult>,
): Promise<TResult> => {
  for (let attempt = 1; ; attempt += 1) {
    const result = await send();
    const message = result.success ? '' : (result.error?.message ?? '');
    if (attempt >= 4 || !message.includes('could not be reached'))
      return result;
    networkRetries += 1;
  }
};

const timeMs = async (work: () => Promise<unknown>): Promise<number> => {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

const KEY_COLUMNS = [
  'matchKey',
  'matchBrandKey',
  'matchDomain',
  'matchRegistrationKey',
  'matchPhoneticKey',
  'matchPrefixKey',
] as const;

const main = async () => {
  const database = `radar_bench_${process.pid}`;
  psql(BASE_URL, `CREATE DATABASE ${database}`);
  const databaseUrl = BASE_URL.replace(/\/[^/]*$/, `/${database}`);
  const host = await startTwentyHost({
    manifestPath: path.join(APP_OUTPUT, 'manifest.json'),
    bundlesDir: APP_OUTPUT,
    databaseUrl,
  });
  try {
    const rawApi = createGraphqlClient({
      apiUrl: host.url,
      token: host.apiKey,
    });
    const api: GraphqlClient = {
      ...rawApi,
      request: (document, variables, schema) =>
        retrying(() => rawApi.request(document, variables, schema)),
    };
    const graphql = async (
      query: string,
      variables: Record<string, unknown> = {},
    ) => {
      const result = await api.request(query, variables, z.unknown());
      if (!result.success) throw new Error(result.error.message);
      return result.data;
    };
    const schema = psql(
      databaseUrl,
      "SELECT table_schema FROM information_schema.tables WHERE table_name = 'company' AND table_schema LIKE 'workspace_%'",
    ).trim();
    const indexes = psql(
      databaseUrl,
      `SELECT indexname FROM pg_indexes WHERE schemaname = '${schema}' AND tablename = 'company' AND indexdef LIKE '%"match%'`,
    )
      .trim()
      .split('\n')
      .filter(Boolean);

    // A family with a member in every country, its GAM and a local manager per country.
    const account = randomUUID();
    const people = COUNTRIES.map(() => randomUUID());
    await graphql(
      'mutation P($data: [WorkspaceMemberCreateInput!]!) { createWorkspaceMembers(data: $data) { id } }',
      {
        data: people.map((id, index) => ({
          id,
          userId: id,
          name: { firstName: `Rep ${COUNTRIES[index]}`, lastName: 'Bench' },
          userEmail: `rep${index}@bench.example`,
        })),
      },
    );
    await graphql(
      `mutation { createGlobalAccount(data: { id: "${account}", name: "Bench family", status: ACTIVE, globalAccountManagerId: "${people[0]}" }) { id } }`,
    );
    await graphql(
      'mutation T($data: [AccountTeamMemberCreateInput!]!) { createAccountTeamMembers(data: $data) { id } }',
      {
        data: people.map((id, index) => ({
          name: `LAM ${COUNTRIES[index]}`,
          globalAccountId: account,
          workspaceMemberId: id,
          role:
            index === 0 ? 'GLOBAL_ACCOUNT_MANAGER' : 'LOCAL_ACCOUNT_MANAGER',
          countryCode: COUNTRIES[index],
          startDate: '2020-01-01',
        })),
      },
    );
    await host.waitForIdle(600_000);

    // Generated companies, bulk-inserted straight into PostgreSQL (no events).
    const generatedAt = Date.now();
    const companies = generate(SIZE);
    const members = companies.slice(0, COUNTRIES.length * 50);
    const staging = `"${schema}"."bench_company"`;
    psql(
      databaseUrl,
      `CREATE UNLOGGED TABLE ${staging} (id uuid, name text, "countryCode" text, domain text, "registrationNumber" text, ${KEY_COLUMNS.map((c) => `"${c}" text`).join(', ')}, member boolean)`,
    );
    const memberIds = new Set(members.map((company) => company.id));
    const rows = companies
      .map((c) =>
        [
          c.id,
          csv(c.name),
          c.countryCode,
          csv(c.domain),
          csv(c.keys.registrationNumber),
          ...KEY_COLUMNS.map((column) => csv(c.keys[column])),
          memberIds.has(c.id) ? 'true' : 'false',
        ].join(','),
      )
      .join('\n');
    psql(
      databaseUrl,
      `\\copy ${staging} FROM STDIN WITH (FORMAT csv)`,
      `${rows}\n`,
    );
    psql(
      databaseUrl,
      `INSERT INTO "${schema}"."company" (id, name, "countryCode", "domainNamePrimaryLinkUrl", "registrationNumber", ${KEY_COLUMNS.map((c) => `"${c}"`).join(', ')}, "globalAccountId", "createdAt", "updatedAt", "createdBySource", "updatedBySource", position)
      SELECT id, name, "countryCode", domain, "registrationNumber", ${KEY_COLUMNS.map((c) => `"${c}"`).join(', ')}, CASE WHEN member THEN '${account}'::uuid END, now(), now(), 'IMPORT', 'IMPORT', row_number() OVER () FROM ${staging}; DROP TABLE ${staging}; ANALYZE "${schema}"."company"`,
    );
    const seedSeconds = (Date.now() - generatedAt) / 1000;
    process.stderr.write(
      `inserted ${SIZE} companies in ${seedSeconds.toFixed(1)} s\n`,
    );

    const sample = Array.from({ length: SAMPLES }, () => pick(companies));
    const exactFilters = (keys: CompanyMatchKeys): CandidateFilter[] =>
      buildCandidateFilters(keys).filter((filter) =>
        ['matchKey', 'matchDomain', 'matchRegistrationKey'].includes(
          filter.field,
        ),
      );

    process.stderr.write('lookups…\n');
    // Candidate lookup through the API: exact keys; every key (fuzzy included).
    const exact: number[] = [];
    const fuzzy: number[] = [];
    let candidatesSeen = 0;
    let requestsPerLookup = 0;
    for (const company of sample) {
      const before = api.requestCount();
      exact.push(
        await timeMs(() =>
          loadCompanyCandidates({
            client: api,
            filters: exactFilters(company.keys),
            onlyFamilyMembers: false,
          }),
        ),
      );
      requestsPerLookup = Math.max(
        requestsPerLookup,
        api.requestCount() - before,
      );
      fuzzy.push(
        await timeMs(async () => {
          const loaded = await loadCompanyCandidates({
            client: api,
            filters: buildCandidateFilters(company.keys),
            onlyFamilyMembers: false,
          });
          if (loaded.success) candidatesSeen += loaded.data.candidates.length;
        }),
      );
    }

    process.stderr.write('sql execution times…\n');
    // The same lookups inside PostgreSQL (EXPLAIN ANALYZE execution time): what the indexes cost
    // without the API's HTTP, GraphQL and JSON work.
    const sqlLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;
    const whereOf = (filters: readonly CandidateFilter[]) =>
      filters
        .map(
          (filter) =>
            `"${filter.field}" IN (${filter.in.map(sqlLiteral).join(', ')})`,
        )
        .join(' OR ');
    const executionTimes = (
      filtersOf: (keys: CompanyMatchKeys) => CandidateFilter[],
    ) => {
      const statements = sample
        .map((company) => filtersOf(company.keys))
        .filter((filters) => filters.length > 0)
        .map(
          (filters) =>
            `EXPLAIN (ANALYZE, TIMING OFF) SELECT id, name, "countryCode", "registrationNumber", "domainNamePrimaryLinkUrl", "globalAccountId" FROM "${schema}"."company" WHERE "deletedAt" IS NULL AND (${whereOf(filters)});`,
        )
        .join('\n');
      const output = spawnSync('psql', [databaseUrl, '-qAt', '-f', '-'], {
        input: statements,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      }).stdout;
      const plans = output.split('\n');
      return {
        times: plans.flatMap((line) => {
          const match = /Execution Time: ([0-9.]+) ms/.exec(line);
          return match ? [Number(match[1])] : [];
        }),
        usesIndex: plans.some((line) =>
          /Index Scan|Bitmap Index Scan/.test(line),
        ),
      };
    };
    const exactSql = executionTimes(exactFilters);
    const fuzzySql = executionTimes((keys) => buildCandidateFilters(keys));

    process.stderr.write('cross-region step…\n');
    // The deal radar's step on opportunity.created: a family member, and an outsider that matches one.
    const member = members[0] as Generated;
    const twin = generate(1)[0] as Generated;
    await graphql(
      'mutation C($data: [CompanyCreateInput!]!) { createCompanies(data: $data) { id } }',
      {
        data: [
          {
            id: twin.id,
            name: member.name,
            countryCode: member.countryCode,
            ...Object.fromEntries(KEY_COLUMNS.map((c) => [c, member.keys[c]])),
          },
        ],
      },
    );
    await host.waitForIdle(600_000);
    const runsBefore = host.runs().length;
    await graphql(
      'mutation D($data: [OpportunityCreateInput!]!) { createOpportunities(data: $data) { id } }',
      {
        data: [member.id, twin.id].map((companyId, index) => ({
          name: `Bench deal ${index}`,
          companyId,
          ownerId: people[1],
          stage: 'NEW',
          closeDate: '2026-12-15T12:00:00.000Z',
          amount: { amountMicros: 1_000_000_000, currencyCode: 'EUR' },
        })),
      },
    );
    await host.waitForIdle(600_000);
    const radarRuns = host
      .runs()
      .slice(runsBefore)
      .filter((run) => run.functionName === 'on-opportunity-created');
    const radarRequests = radarRuns.map(
      (run) =>
        (run.result as { steps?: Record<string, { requests?: number }> })
          ?.steps?.['cross-region-prospect']?.requests ?? NaN,
    );

    process.stderr.write('prospect route…\n');
    // The prospect check (POST /s/…): a run of the built function per request, as on Twenty.
    const token = host.createUserToken(people[1] as string);
    const prospect: number[] = [];
    for (const company of sample.slice(0, Math.min(SAMPLES, 100))) {
      prospect.push(
        await timeMs(async () => {
          const response = await fetch(
            `${host.url}/s/conflict-radar/prospect-check`,
            {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${token}`,
              },
              body: JSON.stringify({
                name: company.name,
                countryCode: company.countryCode,
              }),
            },
          );
          if (response.status !== 200)
            throw new Error(
              `prospect check answered ${response.status}: ${await response.text()}`,
            );
          await response.json();
        }),
      );
    }

    process.stderr.write('prospect work…\n');
    // The prospect check's own work (validation, the two reads, ranking), in this process: the
    // route's time without the function process start.
    const prospectWork: number[] = [];
    for (const company of sample.slice(0, Math.min(SAMPLES, 100))) {
      prospectWork.push(
        await timeMs(async () => {
          const checked = await checkProspect({
            client: api,
            input: { name: company.name, countryCode: company.countryCode },
            stages: { wonStages: ['CUSTOMER'], lostStages: [] },
            now: new Date(),
          });
          if (!checked.success || checked.data.kind !== 'answer')
            throw new Error('prospect check failed');
        }),
      );
    }

    process.stderr.write('naive baseline…\n');
    // Naive baseline: one lookup that reads every company (SQL, no API) and scores them all.
    const naiveRead: number[] = [];
    const naiveScore: number[] = [];
    for (const company of sample.slice(0, 3)) {
      let text = '';
      naiveRead.push(
        await timeMs(() => {
          text = psql(
            databaseUrl,
            `SELECT id, name, "countryCode", "domainNamePrimaryLinkUrl", "registrationNumber" FROM "${schema}"."company"`,
          );
          return Promise.resolve();
        }),
      );
      const left = buildCompanyMatchProfile({
        companyId: company.id as CompanyId,
        globalAccountId: null,
        name: company.name,
        domainName: company.domain,
        countryCode: company.countryCode,
        registrationNumber: company.registrationNumber,
      }).profile;
      const orNull = (value: string | undefined): string | null =>
        value === undefined || value === '' ? null : value;
      naiveScore.push(
        await timeMs(() => {
          for (const line of text.split('\n')) {
            const [id, name, countryCode, domain, registrationNumber] =
              line.split('|');
            if (id === undefined || id === '') continue;
            classifyCompanyMatch({
              left,
              right: buildCompanyMatchProfile({
                companyId: id as CompanyId,
                globalAccountId: null,
                name: name ?? null,
                domainName: orNull(domain),
                countryCode: orNull(countryCode),
                registrationNumber: orNull(registrationNumber),
              }).profile,
              corporateDomains: new Map(),
            });
          }
          return Promise.resolve();
        }),
      );
    }

    process.stderr.write('nightly batch…\n');
    // The nightly batch: pages of 200 by id, one candidate query per page, the engine per company.
    const pageSchema = z.object({
      companies: z.object({
        edges: z.array(
          z.object({
            node: z.object({
              id: z.string(),
              name: z.string().nullable(),
              countryCode: z.string().nullable(),
              registrationNumber: z.string().nullable(),
              globalAccountId: z.string().nullable(),
              domainName: z
                .object({ primaryLinkUrl: z.string().nullable() })
                .nullable(),
            }),
          }),
        ),
        pageInfo: z.object({
          endCursor: z.string().nullable(),
          hasNextPage: z.boolean(),
        }),
      }),
    });
    const batchStarted = process.hrtime.bigint();
    const batchRequestsBefore = api.requestCount();
    let after: string | null = null;
    let pages = 0;
    let conflicts = 0;
    for (; pages < BATCH_PAGES; pages += 1) {
      const page:
        | { success: true; data: z.infer<typeof pageSchema> }
        | { success: false; error: { message: string } } = await api.request(
        'query Page($after: String) { companies(first: 200, after: $after, orderBy: [{ id: AscNullsFirst }]) { edges { node { id name countryCode registrationNumber globalAccountId domainName { primaryLinkUrl } } } pageInfo { endCursor hasNextPage } } }',
        { after },
        pageSchema,
      );
      if (!page.success) throw new Error(page.error.message);
      const subjects = page.data.companies.edges.map(
        ({ node }) =>
          buildCompanyMatchProfile({
            companyId: node.id as CompanyId,
            globalAccountId: node.globalAccountId as GlobalAccountId | null,
            name: node.name,
            domainName: node.domainName?.primaryLinkUrl ?? null,
            countryCode: node.countryCode,
            registrationNumber: node.registrationNumber,
          }).profile,
      );
      const loaded = await loadCompanyCandidates({
        client: api,
        filters: buildPageCandidateFilters(
          subjects.map((subject) => subject.keys),
        ),
        onlyFamilyMembers: false,
      });
      if (!loaded.success) throw new Error(loaded.error.message);
      const records: CompanyMatchRecord[] = loaded.data.candidates.map(
        (node) => ({
          profile: buildCompanyMatchProfile({
            companyId: node.id as CompanyId,
            globalAccountId: (node.globalAccountId ??
              null) as GlobalAccountId | null,
            name: node.name,
            domainName: node.domainName?.primaryLinkUrl ?? null,
            countryCode: node.countryCode,
            registrationNumber: node.registrationNumber,
          }).profile,
          facts: toConflictPartyFacts({ name: node.name }),
        }),
      );
      const lookup = buildCandidateLookup(records);
      for (const subject of subjects)
        for (const candidate of lookup(subject.keys))
          if (
            classifyCompanyMatch({
              left: subject,
              right: candidate.profile,
              corporateDomains: new Map(),
            }) !== null
          )
            conflicts += 1;
      after = page.data.companies.pageInfo.endCursor;
      if (!page.data.companies.pageInfo.hasNextPage) {
        pages += 1;
        break;
      }
    }
    const batchSeconds = Number(process.hrtime.bigint() - batchStarted) / 1e9;
    const batchRequests = api.requestCount() - batchRequestsBefore;
    const perPage = batchSeconds / pages;
    const requestsPerPage = batchRequests / pages;
    const project = (companiesCount: number) => {
      const projectedPages = Math.ceil(companiesCount / PAGE);
      const compute = projectedPages * perPage;
      // Paced to half of Twenty's app budget.
      const paced =
        ((projectedPages * requestsPerPage) / (APP_BUDGET_PER_MINUTE / 2)) * 60;
      return { compute, paced, total: Math.max(compute, paced) };
    };
    const measured = project(SIZE);
    const million = project(1_000_000);
    const naivePerLookup =
      percentile(naiveRead, 50) + percentile(naiveScore, 50);

    const table: [string, string, string, string][] = [
      [
        'measure',
        'radar (indexed keys)',
        'naive scan of every company',
        'goal',
      ],
      [
        'API requests per company event (candidate lookup)',
        String(requestsPerLookup),
        `${Math.ceil(SIZE / PAGE)} pages of 200`,
        `≤ ${GOALS.requestsPerEvent}`,
      ],
      [
        'API requests, cross-region step, one event batch (deals of a member and of a matching outsider)',
        radarRequests.join(' / '),
        '—',
        'few',
      ],
      [
        'candidate lookup, exact keys, p50 / p99 (ms, through the API)',
        `${percentile(exact, 50).toFixed(1)} / ${percentile(exact, 99).toFixed(1)}`,
        `${naivePerLookup.toFixed(0)} (SQL read + scoring, no API)`,
        `≤ ${GOALS.exactP99Ms} p99`,
      ],
      [
        'same, inside PostgreSQL (execution time, p50 / p99 ms)',
        `${percentile(exactSql.times, 50).toFixed(3)} / ${percentile(exactSql.times, 99).toFixed(3)}${exactSql.usesIndex ? ' (index scans)' : ' (NO index scan)'}`,
        `${percentile(naiveRead, 50).toFixed(0)} (read all rows)`,
        `≤ ${GOALS.exactP99Ms} p99`,
      ],
      [
        'candidate lookup, all keys incl. fuzzy, p50 / p99 (ms, API)',
        `${percentile(fuzzy, 50).toFixed(1)} / ${percentile(fuzzy, 99).toFixed(1)}`,
        `${naivePerLookup.toFixed(0)}`,
        `≤ ${GOALS.fuzzyP99Ms} p99`,
      ],
      [
        'same, inside PostgreSQL (execution time, p50 / p99 ms)',
        `${percentile(fuzzySql.times, 50).toFixed(3)} / ${percentile(fuzzySql.times, 99).toFixed(3)}`,
        `${percentile(naiveRead, 50).toFixed(0)} (read all rows)`,
        `≤ ${GOALS.fuzzyP99Ms} p99`,
      ],
      [
        'candidates per fuzzy lookup (mean)',
        (candidatesSeen / sample.length).toFixed(1),
        SIZE.toLocaleString('en-US'),
        '—',
      ],
      [
        'prospect check, p50 / p99 (ms, HTTP route, a function run each)',
        `${percentile(prospect, 50).toFixed(0)} / ${percentile(prospect, 99).toFixed(0)}`,
        `${naivePerLookup.toFixed(0)} + run`,
        `≤ ${GOALS.prospectP99Ms} p99`,
      ],
      [
        'prospect check, its work without the process start (ms)',
        `${percentile(prospectWork, 50).toFixed(0)} / ${percentile(prospectWork, 99).toFixed(0)}`,
        `${naivePerLookup.toFixed(0)}`,
        `≤ ${GOALS.prospectP99Ms} p99`,
      ],
      [
        `nightly batch, ${pages} pages measured: s per page, requests per page`,
        `${perPage.toFixed(2)} s, ${requestsPerPage.toFixed(1)}`,
        `${Math.ceil(SIZE / PAGE)} pages read per company`,
        '—',
      ],
      [
        `nightly batch at ${SIZE.toLocaleString('en-US')} (compute / paced at half the budget)`,
        `${(measured.compute / 60).toFixed(1)} / ${(measured.paced / 60).toFixed(1)} min`,
        `${((SIZE * naivePerLookup) / 3_600_000).toFixed(0)} h`,
        '—',
      ],
      [
        'nightly batch projected to 1,000,000',
        `${(million.compute / 60).toFixed(1)} / ${(million.paced / 60).toFixed(1)} min`,
        `${((1_000_000 * naivePerLookup * (1_000_000 / SIZE)) / 3_600_000).toFixed(0)} h (scan grows with size)`,
        'inside half the budget',
      ],
    ];
    const widths = [0, 1, 2, 3].map((column) =>
      Math.max(...table.map((row) => (row[column] ?? '').length)),
    );
    for (const [index, row] of table.entries()) {
      console.log(
        row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '),
      );
      if (index === 0)
        console.log(widths.map((width) => '-'.repeat(width)).join('  '));
    }
    console.log(
      `\n${SIZE.toLocaleString('en-US')} companies (bulk insert ${seedSeconds.toFixed(0)} s), PostgreSQL ${psql(databaseUrl, 'SHOW server_version').trim()}, indexes on company: ${indexes.length === 0 ? 'none' : indexes.join(', ')}; ${conflicts} matches in the measured batch pages; ${networkRetries} requests sent again after a socket failure. Latencies are wall time on this machine, including other sessions' load.`,
    );
  } finally {
    await host.stop();
    psql(BASE_URL, `DROP DATABASE IF EXISTS ${database}`);
  }
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
