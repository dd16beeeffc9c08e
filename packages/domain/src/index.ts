// The domain's public API: every name other packages may import, listed explicitly.
export { fail, ok, type Result } from './shared/result.type';
export {
  type CompanyId,
  type CreditLineId,
  type GlobalAccountId,
  type OpportunityId,
  type TeamMemberId,
  type WorkspaceMemberId,
} from './shared/ids.type';
export {
  isIsoDate,
  toIsoDate,
  toQuarterName,
  type IsoDate,
} from './shared/iso-date.util';
export {
  ACCOUNT_PLAN_STATUSES,
  AGREEMENT_COMPLIANCE_STATUSES,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  CONFLICT_KINDS,
  CONFLICT_SEVERITIES,
  CONFLICT_STATUSES,
  CREDIT_ENTRY_TYPES,
  CREDIT_LINE_SOURCES,
  CREDIT_LINE_STATUSES,
  CREDIT_PERIOD_STATES,
  CREDIT_TYPES,
  GLOBAL_ACCOUNT_STATUSES,
  OBJECTIVE_STATUSES,
  ROLLUP_STATUSES,
  TEAM_ROLES,
  isOneOf,
  type AccountPlanStatus,
  type AgreementComplianceStatus,
  type AgreementKind,
  type AgreementStatus,
  type ConflictKind,
  type ConflictSeverity,
  type ConflictStatus,
  type CreditEntryType,
  type CreditLineSource,
  type CreditLineStatus,
  type CreditPeriodState,
  type CreditType,
  type GlobalAccountStatus,
  type ObjectiveStatus,
  type RollupStatus,
  type TeamRole,
} from './shared/data-model.constants';
export {
  getCurrencyExponent,
  parseCurrencyCode,
  type CurrencyCode,
  type CurrencyError,
} from './money/currency.util';
export { type Money, type MoneyError } from './money/money.type';
export {
  formatMoney,
  moneyFromMicros,
  toAmountMicros,
} from './money/micros.util';
export {
  FULL_SHARE_BASIS_POINTS,
  applyBasisPoints,
  basisPointsToPercent,
  divideByBasisPoints,
  percentToBasisPoints,
} from './money/basis-points.util';
export {
  buildRateTable,
  convertMoney,
  parseRate,
  type ExchangeRate,
  type RateError,
  type RateTable,
} from './money/exchange-rate.util';
export {
  CREDIT_ROLES,
  DERIVED_CREDIT_ROLES,
  MAX_OVERLAY_BASIS_POINTS,
  MAX_REVENUE_HOLDERS,
  POLICY_RULES,
  type CreditPolicy,
  type CreditPolicyError,
  type CreditRole,
  type PolicyEntry,
  type PolicyHolder,
  type PolicyIssue,
  type PolicyRule,
} from './credit-policy/credit-policy.type';
export { DEFAULT_CREDIT_POLICY } from './credit-policy/default-credit-policy.constant';
export { parseCreditPolicy } from './credit-policy/parse-credit-policy.util';
export { type TeamMember } from './credit-split/team-member.type';
export {
  allocateByLargestRemainder,
  type AllocateError,
} from './credit-split/allocate-by-largest-remainder.util';
export {
  resolveCreditShares,
  type RecipientContext,
  type ResolvedShare,
  type ResolvedShares,
} from './credit-split/resolve-credit-shares.util';
export {
  isManualDefinition,
  type CreditLedgerDiff,
  type CreditLine,
  type CreditLineFields,
  type CreditLineUpdate,
  type CreditPeriod,
} from './credit-ledger/credit-line.type';
export {
  DEFAULT_REPORTING_CURRENCY,
  DEFAULT_WON_STAGES,
  type CreditLedgerInput,
  type CreditSettings,
} from './credit-ledger/credit-ledger-input.type';
export {
  describeCreditEngineError,
  type CreditEngineError,
  type ManualSplitError,
} from './credit-ledger/credit-engine-error.type';
export {
  invalidInputKey,
  invalidPolicyKey,
  missingOwnerKey,
  uncoveredCountryKey,
  type CreditConflict,
} from './credit-ledger/credit-conflict.type';
export {
  ENTRY_KEY_VERSION,
  buildEntryKey,
} from './credit-ledger/build-entry-key.util';
export { applyCreditLedgerDiff } from './credit-ledger/apply-credit-ledger-diff.util';
export {
  computeCreditLedger,
  type CreditLedgerOutcome,
} from './credit-ledger/compute-credit-ledger.util';
export {
  planConflictChanges,
  type ConflictChange,
  type StoredConflict,
} from './conflicts/plan-conflict-changes.util';
export {
  planCoverageConflicts,
  type CoverageInput,
} from './conflicts/plan-coverage-conflicts.util';
export { refuseInput, type InputError } from './shared/input-error.type';
export { parseIsoDay } from './shared/parse-iso-day.util';
export {
  parseCountryCode,
  type CountryCode,
} from './shared/parse-country-code.util';
export { parseDecimalToMicros } from './money/parse-decimal-micros.util';
export { DEFAULT_CURRENCY } from './money/default-currency.constant';
export {
  resolvePolicyInForce,
  type PolicyInForce,
} from './credit-policy/resolve-policy-in-force.util';
export { buildInvalidInputConflict } from './conflicts/build-invalid-input-conflict.util';
export { buildInvalidPolicyConflict } from './conflicts/build-invalid-policy-conflict.util';

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

// Issue 9 part A: agreement progress workflows.
export { buildSettlementId } from './rebate-settlements/build-settlement-id.util';
export { addDays, countDaysBetween } from './agreement-volume/iso-day.util';
// Deal compliance wiring (issue 9, part B): conflicts with evidence, the check's refusals.
export {
  planEvidenceConflictChanges,
  type EvidenceConflict,
  type EvidenceConflictChange,
  type StoredEvidenceConflict,
} from './agreement-conflicts/plan-evidence-conflict-changes.util';
export {
  buildDealCheckRefusal,
  dealCheckRefusalKey,
} from './agreement-conflicts/build-deal-check-refusal.util';

// Issue 9, part C: the agreement record page's off-agreement volume by country.
export { describeOffAgreementByCountry } from './agreement-volume/describe-off-agreement-by-country.util';

// Issue 12: the app's health check (findings an admin can act on).
export {
  checkCreditSettings,
  findInvalidPolicies,
  findMissingRates,
  findOpenPeriodGap,
  findStaleCredit,
  readExchangeRates,
  summariseHealth,
  planCurrentPeriod,
  quarterPeriodOf,
  type AppHealthResult,
  type HealthFinding,
} from './app-health';
// Issue 10, deal side of the conflict radar: cross-region prospects and parallel imports.
export {
  planParallelImportConflicts,
  parallelImportKey,
  PARALLEL_IMPORT_KIND,
  planCrossRegionProspectConflicts,
  crossRegionProspectKey,
  resolveDealCreator,
  teamCountryOf,
  CROSS_REGION_PROSPECT_KIND,
  type CountryAgreedPrice,
  type ParallelImportDetails,
  type ActiveMembership,
  type ActorSource,
  type CrossRegionProspectInput,
  type CrossRegionProspectDecision,
  parseProspectQuery,
  rankProspectMatches,
  PROSPECT_CHECK_MAX_MATCHES,
  PROSPECT_TEXT_MAX_LENGTH,
  type ProspectMatch,
  type ProspectProbe,
  type ProspectQuery,
} from './deal-radar';
// Issue 11: the global account's 360° cockpit (what the front component renders).
export {
  type AccountCockpit,
  type AccountCockpitInput,
  type AgreementProgressRow,
  type CockpitActivity,
  type CockpitActivityKind,
  type CockpitAgreement,
  type CockpitCompany,
  type CockpitConflict,
  type CockpitConflictRow,
  type CockpitCreditLine,
  type CockpitRollup,
  type CountryFiguresRow,
  type FamilyTreeRow,
  type OfficeCreditRow,
} from './account-cockpit/account-cockpit.type';
export {
  buildAccountCockpit,
  DEFAULT_COCKPIT_ACTIVITY_LIMIT,
} from './account-cockpit/build-account-cockpit.util';
export { buildFamilyTree } from './account-cockpit/build-family-tree.util';
export { sumCreditByOffice } from './account-cockpit/sum-credit-by-office.util';
export { tierProgressPercent } from './account-cockpit/describe-agreement-progress.util';
// Issue 11: "Explain this split" on an opportunity.
export {
  explainCreditSplit,
  type CreditSplitExplanation,
  type ExplainedLine,
  type ExplainedLineInput,
} from './credit-explanation/explain-credit-split.util';
// Issue 11: the credit split editor on an opportunity.
export {
  draftFromSplit,
  hasSplitWrites,
  planBackToPolicy,
  planManualSplit,
  type EditableSplitLine,
  type ManualSplitPlan,
  type ManualSplitWrites,
  type SplitDraftRow,
} from './credit-split-editor/plan-manual-split.util';
export {
  formatSharePercent,
  parseSharePercent,
} from './credit-split-editor/parse-share-percent.util';
