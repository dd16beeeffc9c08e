// The folder's public surface; packages/domain/src/index.ts re-exports it by name.
export { foldText } from './fold-text.util';
export {
  normaliseCompanyName,
  type NormalisedCompanyName,
  type CompanyNameError,
} from './normalise-company-name.util';
export {
  normaliseRegistrableDomain,
  type RegistrableDomainError,
} from './normalise-registrable-domain.util';
export {
  normaliseRegistrationNumber,
  type NormalisedRegistrationNumber,
  type RegistrationNumberError,
} from './normalise-registration-number.util';
export { scoreNameSimilarity } from './score-name-similarity.util';
export {
  buildCompanyMatchKeys,
  type CompanyMatchKeys,
  type CompanyMatchIssue,
  type CompanyMatchInput,
} from './build-company-match-keys.util';
export { buildCompanyMatchProfile } from './build-company-match-profile.util';
export { buildPageCandidateFilters } from './build-page-candidate-filters.util';
export { buildCandidateLookup } from './build-candidate-lookup.util';
export {
  buildCandidateFilters,
  COMPANY_MATCH_KEY_FIELDS,
  type CompanyMatchKeyField,
  type CandidateFilter,
} from './build-candidate-filters.util';
export { buildCorporateDomainIndex } from './build-corporate-domain-index.util';
export { classifyCompanyMatch } from './classify-company-match.util';
export {
  planCompanyMatchConflicts,
  type CompanyMatchResult,
} from './plan-company-match-conflicts.util';
export { planDuplicateConflict } from './plan-duplicate-conflict.util';
export { planUnlinkedAffiliateConflicts } from './plan-unlinked-affiliate-conflicts.util';
export {
  toConflictPartyFacts,
  type ConflictPartyFacts,
  type ConflictPartySource,
} from './to-conflict-party-facts.util';
export { describeParty } from './describe-party.util';
export {
  duplicateCompanyKey,
  unlinkedAffiliateKey,
  type CompanyMatchRecord,
  type MatchConflict,
  type MatchConflictDetails,
} from './match-conflict.type';
export {
  MATCH_CLASSES,
  MATCH_REASONS,
  type CompanyMatchProfile,
  type CorporateDomainIndex,
  type CompanyMatch,
  type MatchClass,
  type MatchReason,
} from './company-match.type';
export {
  SAME_ENTITY_NAME_SIMILARITY,
  POSSIBLE_NAME_SIMILARITY,
} from './matching-thresholds.constant';
export { LEGAL_FORMS_BY_JURISDICTION } from './legal-forms.constant';
