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
// Issue 9: framework agreements and volume-tier rebates (pure engine).
export {
  type AgreementRecord,
  type CurrencyAmount,
  type FamilyCompany,
  type FrameworkAgreementId,
  type RebateTierRecord,
  type StoredSettlement,
  type VolumeBucket,
} from './agreement-volume/agreement-engine-input.type';
export {
  type AgreementEngineError,
  type AgreementEngineErrorCode,
} from './agreement-volume/agreement-engine-error.type';
export { type AgreementTerms } from './agreement-volume/agreement-terms.type';
export {
  type AgreementProgress,
  type AgreementProgressInput,
  type PeriodVolume,
} from './agreement-volume/agreement-progress.type';
export { parseAgreementTerms } from './agreement-volume/parse-agreement-terms.util';
export { computeAgreementProgress } from './agreement-volume/compute-agreement-progress.util';
export {
  type RebateTier,
  type RebateTiers,
} from './rebate-tiers/rebate-tier.type';
export { parseRebateTiers } from './rebate-tiers/parse-rebate-tiers.util';
export { findReachedTier } from './rebate-tiers/find-reached-tier.util';
export { computeRetroactiveRebate } from './rebate-tiers/compute-retroactive-rebate.util';
export { computeBandedRebate } from './rebate-tiers/compute-banded-rebate.util';
export { computeRebate } from './rebate-tiers/compute-rebate.util';
export {
  REBATE_SETTLEMENT_STATUSES,
  type RebateSettlementStatus,
} from './rebate-settlements/rebate-settlement-status.constant';
export { type SettlementPlan } from './rebate-settlements/rebate-settlement.type';
export {
  planRebateSettlements,
  type SettlementPoint,
} from './rebate-settlements/plan-rebate-settlements.util';
export {
  type ComplianceCompany,
  type ComplianceDeal,
  type DealCompliance,
  type DealComplianceError,
  type DealComplianceInput,
} from './agreement-compliance/deal-compliance.type';
export { isAgreementInForce } from './agreement-compliance/is-agreement-in-force.util';
export { resolveDealCompliance } from './agreement-compliance/resolve-deal-compliance.util';
export {
  AGREEMENT_CONFLICT_KINDS,
  type AgreementConflict,
  type AgreementConflictKind,
  type AgreementConflictPlan,
} from './agreement-conflicts/agreement-conflict.type';
export {
  hashEvidence,
  type EvidenceJson,
} from './conflicts/hash-evidence.util';
export {
  DEAL_STATUS_CONFLICTS,
  planDealAgreementConflicts,
} from './agreement-conflicts/plan-deal-agreement-conflicts.util';
export {
  type AgreementAlertInput,
  type AgreementAlertRecipients,
  DEFAULT_TIER_GAP_THRESHOLD_BASIS_POINTS,
  EXPIRY_REMINDER_DAYS,
} from './agreement-alerts/agreement-alert-input.type';
export { planAgreementAlerts } from './agreement-alerts/plan-agreement-alerts.util';
export { formatAmountForPeople } from './agreement-alerts/format-for-people.util';

// Roll-ups, hierarchy and account plans (issue 11)
export {
  type CompanyCountryGroup,
  type CountryAmount,
  type CurrencyPair,
  type GlobalAccountRollup,
  type GlobalAccountRollupInput,
  type OpportunityAmountGroup,
  type RollupProblem,
  type RollupSettings,
} from './hierarchy-rollups/global-account-rollup.type';
export {
  resolveFiscalYear,
  type FiscalYear,
  type FiscalYearError,
} from './hierarchy-rollups/resolve-fiscal-year.util';
export { computeGlobalAccountRollup } from './hierarchy-rollups/compute-global-account-rollup.util';
export {
  DEFAULT_ROLLUP_MAX_AGE_MS,
  isRollupStale,
} from './hierarchy-rollups/is-rollup-stale.util';
export { type ParentCycleError } from './hierarchy-rollups/company-hierarchy.type';
export { checkParentCompany } from './hierarchy-rollups/check-parent-company.util';
export { findUltimateParent } from './hierarchy-rollups/find-ultimate-parent.util';
export {
  resolveAccountMembership,
  type AccountMembershipDecision,
} from './hierarchy-rollups/resolve-account-membership.util';
export {
  OBJECTIVE_MEASURE_KINDS,
  type MeasuredFigures,
  type ObjectiveMeasureKind,
  type PlanObjective,
} from './account-plans/objective-measure.type';
export { measureObjectiveValue } from './account-plans/measure-objective-value.util';
export {
  AT_RISK_TOLERANCE_PERCENT,
  resolveObjectiveStatus,
} from './account-plans/resolve-objective-status.util';
export {
  isPlanReviewOverdue,
  PLAN_REVIEW_INTERVAL_DAYS,
} from './account-plans/is-plan-review-overdue.util';

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
} from './conflict-matching';
