export * from './shared/result.type';
export * from './shared/ids.type';
export * from './shared/iso-date.util';
export * from './shared/data-model.constants';
export * from './money/currency.util';
export * from './money/money.type';
export * from './money/micros.util';
export * from './money/basis-points.util';
export * from './money/exchange-rate.util';
export * from './credit-policy/credit-policy.type';
export * from './credit-policy/default-credit-policy.constant';
export * from './credit-policy/parse-credit-policy.util';
export * from './credit-split/team-member.type';
export * from './credit-split/allocate-by-largest-remainder.util';
export * from './credit-split/resolve-credit-shares.util';
export * from './credit-ledger/credit-line.type';
export * from './credit-ledger/credit-ledger-input.type';
export * from './credit-ledger/credit-engine-error.type';
export * from './credit-ledger/credit-conflict.type';
export * from './credit-ledger/build-entry-key.util';
export * from './credit-ledger/apply-credit-ledger-diff.util';
export * from './credit-ledger/compute-credit-ledger.util';
export * from './conflicts/plan-conflict-changes.util';
export * from './conflicts/plan-coverage-conflicts.util';

// Conflict matching (issue 10): normalisers, similarity, classes, blocking keys, conflicts.
export {
  foldText,
  normaliseCompanyName,
  normaliseRegistrableDomain,
  normaliseRegistrationNumber,
  scoreNameSimilarity,
  buildCompanyMatchKeys,
  buildCompanyMatchProfile,
  buildCandidateFilters,
  buildPageCandidateFilters,
  buildCandidateLookup,
  buildCorporateDomainIndex,
  classifyCompanyMatch,
  planCompanyMatchConflicts,
  planDuplicateConflict,
  planUnlinkedAffiliateConflicts,
  toConflictPartyFacts,
  describeParty,
  hashEvidence,
  duplicateCompanyKey,
  unlinkedAffiliateKey,
  COMPANY_MATCH_KEY_FIELDS,
  MATCH_CLASSES,
  MATCH_REASONS,
  SAME_ENTITY_NAME_SIMILARITY,
  POSSIBLE_NAME_SIMILARITY,
  LEGAL_FORMS_BY_JURISDICTION,
  type NormalisedCompanyName,
  type CompanyNameError,
  type RegistrableDomainError,
  type NormalisedRegistrationNumber,
  type RegistrationNumberError,
  type CompanyMatchKeys,
  type CompanyMatchIssue,
  type CompanyMatchInput,
  type CompanyMatchKeyField,
  type CandidateFilter,
  type CompanyMatchProfile,
  type CorporateDomainIndex,
  type CompanyMatch,
  type MatchClass,
  type MatchReason,
  type CompanyMatchRecord,
  type CompanyMatchResult,
  type MatchConflict,
  type MatchConflictDetails,
  type ConflictPartyFacts,
  type ConflictPartySource,
  type EvidenceJson,
} from './conflict-matching';
