import { type CompanyMatchKeys } from './build-company-match-keys.util';
import { POSSIBLE_NAME_SIMILARITY } from './matching-thresholds.constant';

export const COMPANY_MATCH_KEY_FIELDS = [
  'matchKey',
  'matchBrandKey',
  'matchDomain',
  'matchRegistrationKey',
  'matchPhoneticKey',
  'matchPrefixKey',
] as const;
export type CompanyMatchKeyField = (typeof COMPANY_MATCH_KEY_FIELDS)[number];

/** One indexed lookup: `{ [field]: { in: values } }` (`eq` when there is one value). */
export type CandidateFilter = { field: CompanyMatchKeyField; in: string[] };

const PERCENT = Math.round(POSSIBLE_NAME_SIMILARITY * 100);

// A name within the POSSIBLE threshold differs in length by at most 15 % of the longer one:
// 0.85 L <= L' <= L / 0.85 (integer arithmetic; one more on each side for rounding).
const prefixKeysAround = (prefixKey: string): string[] => {
  const cut = prefixKey.lastIndexOf(':');
  const length = Number(prefixKey.slice(cut + 1));
  if (cut < 0 || !Number.isSafeInteger(length)) return [prefixKey];
  const lowest = Math.max(1, Math.ceil((PERCENT * length) / 100) - 1);
  const highest = Math.floor((100 * length) / PERCENT) + 1;
  return Array.from(
    { length: highest - lowest + 1 },
    (_, index) => `${prefixKey.slice(0, cut)}:${lowest + index}`,
  );
};

/**
 * The filters that find every candidate of a company: the gateway ORs them into ONE
 * companies query (`filter: { or: [...], id: { neq } }`), each served by a btree index, so a
 * company event costs one read whatever the table size. Null keys are left out; a company
 * with no keys at all has no candidates.
 * - matchRegistrationKey: SAME_ENTITY by number (country inside the key);
 * - matchDomain: SAME_ENTITY, POSSIBLE or AFFILIATE by domain, any country;
 * - matchKey, matchBrandKey: exact name or brand, any country (AFFILIATE abroad);
 * - matchPhoneticKey: fuzzy POSSIBLE candidates that sound alike, same country;
 * - matchPrefixKey: fuzzy POSSIBLE candidates with the same first 4 letters and a length
 *   within the threshold (an `in` over the few lengths), same country.
 */
export const buildCandidateFilters = (
  keys: CompanyMatchKeys,
): CandidateFilter[] =>
  COMPANY_MATCH_KEY_FIELDS.flatMap((field): CandidateFilter[] => {
    const value = keys[field];
    if (value === null) return [];
    return [
      {
        field,
        in: field === 'matchPrefixKey' ? prefixKeysAround(value) : [value],
      },
    ];
  });
