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
