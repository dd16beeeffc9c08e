import {
  buildInvalidPolicyConflict,
  invalidPolicyKey,
  planCoverageConflicts,
  resolvePolicyInForce,
  toIsoDate,
  type CreditConflict,
} from '@global-accounts/domain';
import { type AccountCoverage } from '@global-accounts/twenty-gateway';

/** The account-level conflicts to raise and resolve, and the policy in force to store. */
export const planAccountConflicts = ({
  coverage,
  now,
}: {
  coverage: AccountCoverage;
  now: Date;
}): {
  raised: CreditConflict[];
  resolvedKeys: string[];
  lastValidPolicies: { globalAccountId: string; value: unknown }[];
} => {
  const flaggedCountries = coverage.accountConflicts.flatMap((conflict) =>
    conflict.dedupeKey?.startsWith('UNCOVERED_COUNTRY:') === true
      ? (conflict.dedupeKey.split(':')[2] ?? [])
      : [],
  );
  const plan = planCoverageConflicts({
    globalAccountId: coverage.globalAccountId,
    globalAccountManagerId: coverage.globalAccountManagerId,
    memberCountries: coverage.memberCountries,
    flaggedCountries,
    team: coverage.team,
    today: toIsoDate(now),
  });
  const policy = resolvePolicyInForce({
    creditPolicy: coverage.creditPolicy,
    lastValidCreditPolicy: coverage.lastValidCreditPolicy,
  });
  const policyKey = invalidPolicyKey(coverage.globalAccountId);
  return {
    // An unreadable team row says nothing about coverage: raise nothing, resolve nothing.
    raised: [
      ...(coverage.teamRefusal === undefined ? plan.raised : []),
      ...(policy.issues.length > 0
        ? [
            buildInvalidPolicyConflict({
              globalAccountId: coverage.globalAccountId,
              assigneeId: coverage.globalAccountManagerId,
              issues: policy.issues,
            }),
          ]
        : []),
    ],
    resolvedKeys: [
      ...(coverage.teamRefusal === undefined ? plan.resolvedKeys : []),
      ...(policy.issues.length === 0 ? [policyKey] : []),
    ],
    lastValidPolicies:
      policy.lastValidToStore === undefined
        ? []
        : [
            {
              globalAccountId: coverage.globalAccountId,
              value: policy.lastValidToStore.value,
            },
          ],
  };
};
