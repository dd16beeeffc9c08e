import {
  basisPointsToPercent,
  FULL_SHARE_BASIS_POINTS,
  percentToBasisPoints,
} from '../money/basis-points.util';
import { isOneOf } from '../shared/data-model.constants';
import { type WorkspaceMemberId } from '../shared/ids.type';
import { fail, ok, type Result } from '../shared/result.type';
import {
  creditPolicyJsonSchema,
  type CreditPolicyJson,
} from './credit-policy.schema';
import {
  CREDIT_ROLES,
  MAX_OVERLAY_BASIS_POINTS,
  MAX_REVENUE_HOLDERS,
  type CreditPolicy,
  type CreditPolicyError,
  type PolicyEntry,
  type PolicyIssue,
} from './credit-policy.type';
import { DEFAULT_CREDIT_POLICY } from './default-credit-policy.constant';

const isCreditRole = isOneOf(CREDIT_ROLES);
type EntryJson = CreditPolicyJson['revenue'][number];

const parseEntries = (
  list: 'revenue' | 'overlay',
  entries: readonly EntryJson[],
  maxBasisPoints: number,
  issues: PolicyIssue[],
): PolicyEntry[] =>
  entries.flatMap((entry, index): PolicyEntry[] => {
    // Every rule an entry breaks is reported, not only the first one.
    const path = `${list}[${index}]`;
    const found = issues.length;
    const basisPoints = percentToBasisPoints(entry.percent);
    if (basisPoints === undefined) {
      issues.push({
        rule: 'TOO_MANY_DECIMALS',
        path: `${path}.percent`,
        message: `${path}.percent must have at most 2 decimals, got ${entry.percent}`,
      });
    }
    const points = basisPoints ?? entry.percent * 100;
    if (points < 0 || points > maxBasisPoints) {
      issues.push({
        rule: 'PERCENT_OUT_OF_RANGE',
        path: `${path}.percent`,
        message: `${path}.percent must be between 0 and ${basisPointsToPercent(maxBasisPoints)}, got ${entry.percent}`,
      });
    }
    if (entry.workspaceMemberId === undefined && !isCreditRole(entry.role)) {
      issues.push({
        rule: 'UNKNOWN_ROLE',
        path: `${path}.role`,
        message: `${path}.role "${String(entry.role)}" is not a known role (known: ${CREDIT_ROLES.join(', ')})`,
      });
    }
    if (issues.length > found || basisPoints === undefined) return [];
    if (entry.workspaceMemberId !== undefined) {
      return [
        {
          holder: {
            kind: 'person',
            workspaceMemberId: entry.workspaceMemberId as WorkspaceMemberId,
          },
          basisPoints,
        },
      ];
    }
    return isCreditRole(entry.role)
      ? [{ holder: { kind: 'role', role: entry.role }, basisPoints }]
      : [];
  });

const checkRevenueTotals = (
  json: CreditPolicyJson,
  revenue: readonly PolicyEntry[],
  issues: PolicyIssue[],
): void => {
  if (json.revenue.length > MAX_REVENUE_HOLDERS) {
    issues.push({
      rule: 'TOO_MANY_HOLDERS',
      path: 'revenue',
      message: `at most ${MAX_REVENUE_HOLDERS} revenue holders are allowed, got ${json.revenue.length}`,
    });
  }
  if (revenue.length !== json.revenue.length) return;
  const total = revenue.reduce((sum, entry) => sum + entry.basisPoints, 0);
  if (total !== FULL_SHARE_BASIS_POINTS) {
    issues.push({
      rule: 'SUM_NOT_100',
      path: 'revenue',
      message: `revenue percentages must sum to exactly 100.00, they sum to ${(total / 100).toFixed(2)}`,
    });
  }
};

const validatePolicyJson = (
  raw: unknown,
): Result<CreditPolicy, CreditPolicyError> => {
  const parsed = creditPolicyJsonSchema.safeParse(raw);
  if (!parsed.success) {
    return fail({
      code: 'INVALID_POLICY',
      issues: parsed.error.issues.map((issue) => ({
        rule: 'INVALID_SHAPE',
        path: issue.path.join('.'),
        message: `${issue.path.length > 0 ? issue.path.join('.') : 'policy'}: ${issue.message}`,
      })),
    });
  }
  const issues: PolicyIssue[] = [];
  const revenue = parseEntries(
    'revenue',
    parsed.data.revenue,
    FULL_SHARE_BASIS_POINTS,
    issues,
  );
  const overlay = parseEntries(
    'overlay',
    parsed.data.overlay,
    MAX_OVERLAY_BASIS_POINTS,
    issues,
  );
  checkRevenueTotals(parsed.data, revenue, issues);
  return issues.length > 0
    ? fail({ code: 'INVALID_POLICY', issues })
    : ok({ revenue, overlay });
};

const DEFAULT_POLICY_RESULT = ok(DEFAULT_CREDIT_POLICY);

// Policies are shared by every opportunity of a global account: validate each JSON object once.
const parsedPolicies = new WeakMap<
  object,
  Result<CreditPolicy, CreditPolicyError>
>();

/** Validates globalAccount.creditPolicy; empty (null/undefined) means the app default. */
export const parseCreditPolicy = (
  raw: unknown,
): Result<CreditPolicy, CreditPolicyError> => {
  if (raw === null || raw === undefined) return DEFAULT_POLICY_RESULT;
  if (typeof raw !== 'object') return validatePolicyJson(raw);
  const cached = parsedPolicies.get(raw);
  if (cached !== undefined) return cached;
  const result = validatePolicyJson(raw);
  parsedPolicies.set(raw, result);
  return result;
};
