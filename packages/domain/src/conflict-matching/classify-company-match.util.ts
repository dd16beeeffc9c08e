import { type GlobalAccountId } from '../shared/ids.type';
import {
  type CompanyMatch,
  type CompanyMatchProfile,
  type CorporateDomainIndex,
  type MatchClass,
  type MatchReason,
} from './company-match.type';
import {
  MIN_BRAND_KEY_LENGTH,
  POSSIBLE_NAME_SIMILARITY,
  SAME_ENTITY_NAME_SIMILARITY,
} from './matching-thresholds.constant';
import { scoreNameSimilarity } from './score-name-similarity.util';

const familyAccount = (
  left: CompanyMatchProfile,
  right: CompanyMatchProfile,
  corporateDomains: CorporateDomainIndex,
): GlobalAccountId | null => {
  const leftAccount =
    left.keys.matchDomain === null
      ? undefined
      : corporateDomains.get(left.keys.matchDomain);
  const rightAccount =
    right.keys.matchDomain === null
      ? undefined
      : corporateDomains.get(right.keys.matchDomain);
  return leftAccount !== undefined && leftAccount === rightAccount
    ? leftAccount
    : null;
};

/**
 * CONFLICTS.md classes for a pair of companies, symmetric in its two arguments; null when
 * they are unrelated. In order:
 * - same registration number: SAME_ENTITY;
 * - same country, name similarity >= 0.9 and same registrable domain that is not a family's
 *   corporate domain: SAME_ENTITY;
 * - same country, name similarity >= 0.85, no clash of registration numbers or of domains
 *   (two corporate domains of one family do not clash): POSSIBLE;
 * - both on one family's corporate domains, or on one registrable domain, or (in two
 *   countries) on one brand: AFFILIATE. A corporate domain alone never makes a duplicate.
 */
export const classifyCompanyMatch = (input: {
  left: CompanyMatchProfile;
  right: CompanyMatchProfile;
  corporateDomains: CorporateDomainIndex;
}): CompanyMatch | null => {
  const { left, right } = input;
  if (left.companyId === right.companyId) return null;
  const similarity =
    Math.round(
      scoreNameSimilarity(left.brandTokens, right.brandTokens) * 10_000,
    ) / 10_000;
  const sameCountry =
    left.countryCode !== null && left.countryCode === right.countryCode;
  const bothCountries = left.countryCode !== null && right.countryCode !== null;
  const leftReg = left.keys.matchRegistrationKey;
  const rightReg = right.keys.matchRegistrationKey;
  const leftDomain = left.keys.matchDomain;
  const rightDomain = right.keys.matchDomain;
  const family = familyAccount(left, right, input.corporateDomains);
  const sameDomain = leftDomain !== null && leftDomain === rightDomain;
  const registrationClash =
    leftReg !== null && rightReg !== null && leftReg !== rightReg;
  const domainClash =
    leftDomain !== null &&
    rightDomain !== null &&
    !sameDomain &&
    family === null;
  const similar = similarity >= POSSIBLE_NAME_SIMILARITY;
  const match = (
    matchClass: MatchClass,
    reasons: MatchReason[],
  ): CompanyMatch => ({
    matchClass,
    reasons:
      similar && !reasons.includes('SIMILAR_NAME')
        ? [...reasons, 'SIMILAR_NAME']
        : reasons,
    nameSimilarity: similarity,
    corporateAccountId: family,
  });

  if (leftReg !== null && leftReg === rightReg)
    return match('SAME_ENTITY', ['SAME_REGISTRATION_NUMBER']);
  if (
    sameCountry &&
    sameDomain &&
    family === null &&
    !registrationClash &&
    similarity >= SAME_ENTITY_NAME_SIMILARITY
  ) {
    return match('SAME_ENTITY', ['SAME_DOMAIN', 'SIMILAR_NAME']);
  }
  if (sameCountry && similar && !registrationClash && !domainClash) {
    return match(
      'POSSIBLE',
      family !== null
        ? ['CORPORATE_DOMAIN', 'SIMILAR_NAME']
        : sameDomain
          ? ['SAME_DOMAIN', 'SIMILAR_NAME']
          : ['SIMILAR_NAME'],
    );
  }
  if (family !== null) return match('AFFILIATE', ['CORPORATE_DOMAIN']);
  if (sameDomain) return match('AFFILIATE', ['SAME_DOMAIN']);
  const leftBrand = left.keys.matchBrandKey;
  if (
    bothCountries &&
    !sameCountry &&
    leftBrand !== null &&
    leftBrand.length >= MIN_BRAND_KEY_LENGTH &&
    leftBrand === right.keys.matchBrandKey
  ) {
    return match('AFFILIATE', ['SAME_BRAND']);
  }
  return null;
};
