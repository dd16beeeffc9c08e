import { type GlobalAccountId } from '../shared/ids.type';

export type AccountMembershipDecision =
  /** The company joins its parent's global account. */
  | { kind: 'JOIN'; globalAccountId: GlobalAccountId }
  /** The company already belongs to another account than its parent: a person decides. */
  | {
      kind: 'UNLINKED_AFFILIATE';
      companyAccountId: GlobalAccountId;
      parentAccountId: GlobalAccountId;
    }
  | { kind: 'NONE' };

/**
 * The global account a company should be in, given its parent's. A company without an account
 * under a parent in an account joins it; one already in that account stays (NONE); one in
 * another account raises UNLINKED_AFFILIATE and is never moved automatically.
 */
export const resolveAccountMembership = ({
  companyAccountId,
  parentAccountId,
}: {
  companyAccountId: GlobalAccountId | null;
  parentAccountId: GlobalAccountId | null;
}): AccountMembershipDecision => {
  if (parentAccountId === null || companyAccountId === parentAccountId) {
    return { kind: 'NONE' };
  }
  if (companyAccountId === null) {
    return { kind: 'JOIN', globalAccountId: parentAccountId };
  }
  return { kind: 'UNLINKED_AFFILIATE', companyAccountId, parentAccountId };
};
