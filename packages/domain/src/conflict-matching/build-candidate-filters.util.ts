import { type CompanyMatchKeys } from './build-company-match-keys.util';

export const COMPANY_MATCH_KEY_FIELDS = [
  'matchKey',
  'matchBrandKey',
  'matchDomain',
  'matchRegistrationKey',
  'matchPhoneticKey',
  'matchPrefixKey',
] as const;
export type CompanyMatchKeyField = (typeof COMPANY_MATCH_KEY_FIELDS)[number];

/** One indexed equality: `{ [field]: { eq: value } }` in Twenty's filter language. */
export type CandidateFilter = { field: CompanyMatchKeyField; eq: string };

/**
 * The equality filters that find every candidate of a company: the gateway ORs them into ONE
 * companies query (`filter: { or: [...], id: { neq } }`), each served by a btree index, so a
 * company event costs one read whatever the table size. Keys that are null are left out; a
 * company with no keys at all has no candidates.
 * - matchRegistrationKey: SAME_ENTITY by number (country inside the key);
 * - matchDomain: SAME_ENTITY, POSSIBLE or AFFILIATE by domain, any country;
 * - matchKey, matchBrandKey: exact name or brand, any country (AFFILIATE abroad);
 * - matchPhoneticKey, matchPrefixKey: fuzzy POSSIBLE candidates, country inside the key.
 */
export const buildCandidateFilters = (
  keys: CompanyMatchKeys,
): CandidateFilter[] => {
  const filters: CandidateFilter[] = [];
  const seen = new Set<string>();
  for (const field of COMPANY_MATCH_KEY_FIELDS) {
    const value = keys[field];
    if (value === null || seen.has(`${field}:${value}`)) continue;
    seen.add(`${field}:${value}`);
    filters.push({ field, eq: value });
  }
  return filters;
};
