import { type CompanyId, type GlobalAccountId } from '../shared/ids.type';
import { type CompanyMatchKeys } from './build-company-match-keys.util';

export const MATCH_CLASSES = ['SAME_ENTITY', 'AFFILIATE', 'POSSIBLE'] as const;
export type MatchClass = (typeof MATCH_CLASSES)[number];

export const MATCH_REASONS = [
  'SAME_REGISTRATION_NUMBER',
  'SAME_DOMAIN',
  'CORPORATE_DOMAIN',
  'SAME_BRAND',
  'SIMILAR_NAME',
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

/** What the engine knows of one company: its keys and the tokens its name compares by. */
export type CompanyMatchProfile = {
  companyId: CompanyId;
  countryCode: string | null;
  globalAccountId: GlobalAccountId | null;
  keys: CompanyMatchKeys;
  brandTokens: readonly string[];
};

/** A global account's corporateDomains, normalised to registrable domains. */
export type CorporateDomainIndex = ReadonlyMap<string, GlobalAccountId>;

export type CompanyMatch = {
  matchClass: MatchClass;
  reasons: MatchReason[];
  /** Name similarity, rounded to 4 decimals (stable in evidence hashes). */
  nameSimilarity: number;
  /** The global account whose corporate domain links the two, if any. */
  corporateAccountId: GlobalAccountId | null;
};
