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
