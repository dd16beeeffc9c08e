import {
  invalidInputKey,
  type CreditConflict,
} from '../credit-ledger/credit-conflict.type';
import {
  type GlobalAccountId,
  type OpportunityId,
  type WorkspaceMemberId,
} from '../shared/ids.type';

/**
 * A refused input made visible: an INVALID_INPUT conflict on the record a person has to fix
 * (the opportunity, else the account), assigned to its owner, saying what to fix.
 */
export const buildInvalidInputConflict = ({
  globalAccountId,
  opportunityId,
  assigneeId,
  reason,
}: {
  globalAccountId: GlobalAccountId;
  /** Null for an account-level refusal (its team or its settings). */
  opportunityId: OpportunityId | null;
  assigneeId: WorkspaceMemberId | null;
  reason: string;
}): CreditConflict => ({
  kind: 'INVALID_INPUT',
  severity: 'WARNING',
  dedupeKey: invalidInputKey(opportunityId ?? globalAccountId),
  globalAccountId,
  opportunityId,
  countries: [],
  summary:
    opportunityId === null
      ? `The credit of this account's deals is left unchanged until this is fixed: ${reason}`
      : `The credit of this deal is left unchanged until this is fixed: ${reason}`,
  assigneeId,
});
