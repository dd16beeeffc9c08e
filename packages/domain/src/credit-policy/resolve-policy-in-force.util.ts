import { type CreditPolicy, type PolicyIssue } from './credit-policy.type';
import { parseCreditPolicy } from './parse-credit-policy.util';

export type PolicyInForce = {
  policy: CreditPolicy;
  /** The broken rules of the account's policy; empty when it is valid. */
  issues: PolicyIssue[];
  /**
   * Set when globalAccount.lastValidCreditPolicy must be rewritten: the account's policy is
   * valid and differs from the stored one. `value` is the JSON to store (null: the app default).
   */
  lastValidToStore: { value: unknown } | undefined;
};

// Parsed policies are built in a fixed key order, so equal policies serialize equally.
const samePolicy = (left: CreditPolicy, right: CreditPolicy): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

/**
 * CREDIT-RULES.md: an invalid policy is rejected with every broken rule named, and the last
 * valid policy stays in force. The last valid policy is the one the app stored on the account
 * (globalAccount.lastValidCreditPolicy); none stored means `fallback`, else the app default.
 * Never fails: some policy is always in force.
 */
export const resolvePolicyInForce = ({
  creditPolicy,
  lastValidCreditPolicy,
  fallback,
}: {
  creditPolicy: unknown;
  lastValidCreditPolicy: unknown;
  fallback?: unknown;
}): PolicyInForce => {
  const current = parseCreditPolicy(creditPolicy);
  const stored = parseCreditPolicy(lastValidCreditPolicy ?? fallback ?? null);
  if (current.success) {
    const isStored = stored.success && samePolicy(current.data, stored.data);
    return {
      policy: current.data,
      issues: [],
      lastValidToStore: isStored ? undefined : { value: creditPolicy ?? null },
    };
  }
  const inForce = stored.success ? stored : parseCreditPolicy(null);
  if (!inForce.success)
    throw new Error('the app default credit policy is invalid');
  return {
    policy: inForce.data,
    issues: current.error.issues,
    lastValidToStore: undefined,
  };
};
