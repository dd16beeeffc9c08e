import { type PolicyIssue } from '../credit-policy/credit-policy.type';
import {
  invalidPolicyKey,
  type CreditConflict,
} from '../credit-ledger/credit-conflict.type';
import {
  type GlobalAccountId,
  type WorkspaceMemberId,
} from '../shared/ids.type';

/** CREDIT-RULES.md: an invalid policy is rejected with every broken rule named; assigned to the GAM. */
export const buildInvalidPolicyConflict = ({
  globalAccountId,
  assigneeId,
  issues,
}: {
  globalAccountId: GlobalAccountId;
  assigneeId: WorkspaceMemberId | null;
  issues: readonly PolicyIssue[];
}): CreditConflict => ({
  kind: 'INVALID_POLICY',
  severity: 'WARNING',
  dedupeKey: invalidPolicyKey(globalAccountId),
  globalAccountId,
  opportunityId: null,
  countries: [],
  summary: `The credit policy of this account is invalid, so the last valid policy stays in force. Fix: ${issues.map((issue) => `${issue.message} (${issue.rule})`).join('; ')}.`,
  assigneeId,
});
