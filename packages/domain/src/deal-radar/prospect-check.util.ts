import {
  buildCompanyMatchKeys,
  type CompanyMatchKeys,
} from '../conflict-matching/build-company-match-keys.util';
import { classifyCompanyMatch } from '../conflict-matching/classify-company-match.util';
import {
  type CompanyMatchProfile,
  type CorporateDomainIndex,
  type MatchClass,
  type MatchReason,
} from '../conflict-matching/company-match.type';
import { type ConflictPartyFacts } from '../conflict-matching/to-conflict-party-facts.util';
import { fail, ok, type Result } from '../shared/result.type';
import { type CompanyId } from '../shared/ids.type';

/** What a rep types before creating a company (CONFLICTS.md, the prospect check). */
export type ProspectQuery = {
  name: string | null;
  domain: string | null;
  registrationNumber: string | null;
  countryCode: string | null;
};

export type ProspectProbe = {
  query: ProspectQuery;
  keys: CompanyMatchKeys;
  profile: CompanyMatchProfile;
};

export const PROSPECT_TEXT_MAX_LENGTH = 200;
export const PROSPECT_CHECK_MAX_MATCHES = 25;
const PROBE_ID = 'prospect' as CompanyId;

const textOf = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Validates a prospect query and builds its keys. Refused, with one sentence per problem:
 * nothing to look for, a field that is not text or is too long, a country that is not ISO
 * alpha-2, and a name, domain or registration number the engine cannot normalise (only
 * punctuation or legal forms, an IP address, a public suffix, a shared mailbox, letters in a
 * number, ...). A refused query looks nothing up.
 */
export const parseProspectQuery = (
  raw: unknown,
): Result<ProspectProbe, string[]> => {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return fail([
      'Send a JSON object with a name, a domain or a registration number (and optionally a countryCode).',
    ]);
  const record = raw as Record<string, unknown>;
  const problems: string[] = [];
  const fields = [
    'name',
    'domain',
    'registrationNumber',
    'countryCode',
  ] as const;
  for (const field of fields) {
    const value = record[field];
    if (value !== undefined && value !== null && typeof value !== 'string')
      problems.push(`${field} must be text.`);
    else if (
      typeof value === 'string' &&
      value.length > PROSPECT_TEXT_MAX_LENGTH
    )
      problems.push(
        `${field} is longer than ${PROSPECT_TEXT_MAX_LENGTH} characters.`,
      );
  }
  const unknown = Object.keys(record).filter(
    (key) => !(fields as readonly string[]).includes(key),
  );
  if (unknown.length > 0)
    problems.push(
      `Unknown field${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}: use name, domain, registrationNumber and countryCode.`,
    );
  if (problems.length > 0) return fail(problems);
  const query: ProspectQuery = {
    name: textOf(record.name),
    domain: textOf(record.domain),
    registrationNumber: textOf(record.registrationNumber),
    countryCode: textOf(record.countryCode)?.toUpperCase() ?? null,
  };
  if (
    query.name === null &&
    query.domain === null &&
    query.registrationNumber === null
  )
    return fail([
      'Give a name, a domain or a registration number to look for.',
    ]);
  if (query.countryCode !== null && !/^[A-Z]{2}$/.test(query.countryCode))
    return fail([
      `countryCode "${query.countryCode}" is not an ISO 3166-1 alpha-2 code (such as DE or SE).`,
    ]);
  const built = buildCompanyMatchKeys({
    name: query.name,
    domainName: query.domain,
    countryCode: query.countryCode,
    registrationNumber: query.registrationNumber,
  });
  const given: Record<string, boolean> = {
    name: query.name !== null,
    domainName: query.domain !== null,
    registrationNumber: query.registrationNumber !== null,
  };
  const issues = built.issues
    .filter((issue) => given[issue.field] === true)
    .map(
      (issue) =>
        `${issue.field === 'domainName' ? 'domain' : issue.field}: ${issue.error.message}`,
    );
  if (issues.length > 0) return fail(issues);
  return ok({
    query,
    keys: built.keys,
    profile: {
      companyId: PROBE_ID,
      countryCode: query.countryCode,
      globalAccountId: null,
      keys: built.keys,
      brandTokens: built.brandTokens,
    },
  });
};

export type ProspectMatch = {
  companyId: string;
  matchClass: MatchClass;
  reasons: MatchReason[];
  nameSimilarity: number;
  /** True when the query named no country and the company was compared as if in its own. */
  assumedSameCountry: boolean;
} & ConflictPartyFacts;

const CLASS_RANK: Record<MatchClass, number> = {
  SAME_ENTITY: 0,
  POSSIBLE: 1,
  AFFILIATE: 2,
};

/**
 * Classifies the loaded candidates against the probe with the engine's classes and ranks them
 * (SAME_ENTITY, POSSIBLE, AFFILIATE; then name similarity). Without a country in the query, each
 * candidate is compared as if the prospect were in the candidate's country, so the same name
 * anywhere is shown. At most PROSPECT_CHECK_MAX_MATCHES.
 */
export const rankProspectMatches = ({
  probe,
  candidates,
  corporateDomains,
}: {
  probe: ProspectProbe;
  candidates: readonly {
    profile: CompanyMatchProfile;
    facts: ConflictPartyFacts;
  }[];
  corporateDomains: CorporateDomainIndex;
}): ProspectMatch[] =>
  candidates
    .flatMap((candidate): ProspectMatch[] => {
      const assumedSameCountry = probe.query.countryCode === null;
      const left = assumedSameCountry
        ? { ...probe.profile, countryCode: candidate.profile.countryCode }
        : probe.profile;
      const match = classifyCompanyMatch({
        left,
        right: candidate.profile,
        corporateDomains,
      });
      if (match === null) return [];
      return [
        {
          companyId: candidate.profile.companyId,
          matchClass: match.matchClass,
          reasons: match.reasons,
          nameSimilarity: match.nameSimilarity,
          assumedSameCountry,
          ...candidate.facts,
        },
      ];
    })
    .sort((a, b) => {
      const byClass = CLASS_RANK[a.matchClass] - CLASS_RANK[b.matchClass];
      if (byClass !== 0) return byClass;
      const bySimilarity = b.nameSimilarity - a.nameSimilarity;
      if (bySimilarity !== 0) return bySimilarity;
      return a.companyId.localeCompare(b.companyId);
    })
    .slice(0, PROSPECT_CHECK_MAX_MATCHES);
