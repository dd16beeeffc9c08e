import { TEAM_ROLES } from '../shared/data-model.constants';
import { type WorkspaceMemberId } from '../shared/ids.type';

// Roles a policy can name: the four derived roles of CREDIT-RULES.md plus every team role.
export const DERIVED_CREDIT_ROLES = [
  'BOOKING_OWNER',
  'SOLD_TO_LAM',
  'SHIP_TO_LAM',
  'GAM',
] as const;
export const CREDIT_ROLES = [...DERIVED_CREDIT_ROLES, ...TEAM_ROLES] as const;
export type CreditRole = (typeof CREDIT_ROLES)[number];

export type PolicyHolder =
  | { kind: 'role'; role: CreditRole }
  | { kind: 'person'; workspaceMemberId: WorkspaceMemberId };

export type PolicyEntry = { holder: PolicyHolder; basisPoints: number };

/** A validated policy: revenue shares sum to exactly 10000 basis points. */
export type CreditPolicy = {
  revenue: readonly PolicyEntry[];
  overlay: readonly PolicyEntry[];
};

export const MAX_REVENUE_HOLDERS = 10;
export const MAX_OVERLAY_BASIS_POINTS = 100_000;

export const POLICY_RULES = [
  'INVALID_SHAPE',
  'UNKNOWN_ROLE',
  'PERCENT_OUT_OF_RANGE',
  'TOO_MANY_DECIMALS',
  'SUM_NOT_100',
  'TOO_MANY_HOLDERS',
] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

export type PolicyIssue = { rule: PolicyRule; path: string; message: string };

export type CreditPolicyError = {
  code: 'INVALID_POLICY';
  issues: PolicyIssue[];
};
