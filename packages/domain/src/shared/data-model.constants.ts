// Every SELECT value of DATA-MODEL.md, written once: the domain types, the zod schemas
// and the SELECT options of the Twenty objects (objects/) are all built from these arrays.

export const GLOBAL_ACCOUNT_STATUSES = [
  'PROSPECT',
  'ACTIVE',
  'AT_RISK',
  'INACTIVE',
] as const;
export type GlobalAccountStatus = (typeof GLOBAL_ACCOUNT_STATUSES)[number];

export const ROLLUP_STATUSES = [
  'OK',
  'STALE',
  'MISSING_RATE',
  'ERROR',
] as const;
export type RollupStatus = (typeof ROLLUP_STATUSES)[number];

export const TEAM_ROLES = [
  'GLOBAL_ACCOUNT_MANAGER',
  'LOCAL_ACCOUNT_MANAGER',
  'SALES_ENGINEER',
  'EXECUTIVE_SPONSOR',
  'SERVICE_LEAD',
  'CONTRACT_MANAGER',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const AGREEMENT_KINDS = [
  'GLOBAL_FRAMEWORK',
  'ASSOCIATION',
  'COUNTRY',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = [
  'DRAFT',
  'ACTIVE',
  'EXPIRED',
  'TERMINATED',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const CREDIT_TYPES = ['REVENUE', 'OVERLAY'] as const;
export type CreditType = (typeof CREDIT_TYPES)[number];

export const CREDIT_ENTRY_TYPES = [
  'ORIGINAL',
  'ADJUSTMENT',
  'CLAWBACK',
] as const;
export type CreditEntryType = (typeof CREDIT_ENTRY_TYPES)[number];

export const CREDIT_LINE_STATUSES = [
  'PROVISIONAL',
  'CREDITED',
  'HELD',
  'REVERSED',
] as const;
export type CreditLineStatus = (typeof CREDIT_LINE_STATUSES)[number];

export const CREDIT_LINE_SOURCES = ['POLICY', 'MANUAL'] as const;
export type CreditLineSource = (typeof CREDIT_LINE_SOURCES)[number];

export const CREDIT_PERIOD_STATES = ['OPEN', 'CLOSED'] as const;
export type CreditPeriodState = (typeof CREDIT_PERIOD_STATES)[number];

// MISSING_OWNER is ours, not DATA-MODEL.md's: CREDIT-RULES.md asks for a conflict when an
// opportunity has no owner, and none of the listed kinds names that situation.
export const CONFLICT_KINDS = [
  'DUPLICATE_COMPANY',
  'UNLINKED_AFFILIATE',
  'CROSS_REGION_PROSPECT',
  'PARALLEL_IMPORT',
  'BELOW_AGREEMENT_PRICE',
  'ABOVE_AGREEMENT_PRICE',
  'OFF_AGREEMENT',
  'AGREEMENT_CONFLICT',
  'EXPIRED_AGREEMENT',
  'AGREEMENT_EXPIRING',
  'TIER_LEAKAGE',
  'TIER_GAP',
  'UNCOVERED_COUNTRY',
  'INVALID_POLICY',
  'INVALID_INPUT',
  'MISSING_OWNER',
] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const CONFLICT_SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;
export type ConflictSeverity = (typeof CONFLICT_SEVERITIES)[number];

export const CONFLICT_STATUSES = [
  'OPEN',
  'ACKNOWLEDGED',
  'RESOLVED',
  'DISMISSED',
] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export const ACCOUNT_PLAN_STATUSES = ['DRAFT', 'ACTIVE', 'CLOSED'] as const;
export type AccountPlanStatus = (typeof ACCOUNT_PLAN_STATUSES)[number];

export const OBJECTIVE_STATUSES = [
  'NOT_STARTED',
  'ON_TRACK',
  'AT_RISK',
  'DONE',
] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export const AGREEMENT_COMPLIANCE_STATUSES = [
  'COMPLIANT',
  'BELOW_AGREEMENT',
  'ABOVE_AGREEMENT',
  'OFF_AGREEMENT',
  'EXPIRED_AGREEMENT',
  'AGREEMENT_CONFLICT',
  'NOT_APPLICABLE',
] as const;
export type AgreementComplianceStatus =
  (typeof AGREEMENT_COMPLIANCE_STATUSES)[number];

export const isOneOf =
  <TValue extends string>(values: readonly TValue[]) =>
  (value: unknown): value is TValue =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
