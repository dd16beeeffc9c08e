import {
  checkParentCompany,
  resolveAccountMembership,
  type CompanyId,
  type GlobalAccountId,
} from '@global-accounts/domain';
import {
  type CompanyHierarchyWrite,
  type HierarchyCompany,
  type HierarchyConflictWrite,
} from '@global-accounts/twenty-gateway';

/** A company whose parentCompany was set or changed by an event. */
export type ParentChange = {
  companyId: string;
  /** The parent before the event (null on creation): what a refused change puts back. */
  previousParentId: string | null;
  newParentId: string;
};

export const parentCycleKey = (companyId: string): string =>
  `PARENT_CYCLE:${companyId}`;

// The radar's key for the same situation (domain conflict-matching unlinkedAffiliateKey), so
// both raise one conflict.
export const unlinkedAffiliateKey = (
  globalAccountId: string,
  companyId: string,
): string => `UNLINKED_AFFILIATE:${globalAccountId}:${companyId}`;

/**
 * What to write for parent changes, given the stored companies and their ancestors:
 * a parent that would make a cycle is put back (the previous parent, none on creation) with an
 * INVALID_INPUT conflict naming the cycle; otherwise a company without an account joins its
 * parent's, and one in another account raises UNLINKED_AFFILIATE (never moved). A change the
 * store no longer shows (late or replayed event) is skipped.
 */
export const planHierarchyDecisions = ({
  changes,
  companies,
}: {
  changes: readonly ParentChange[];
  companies: ReadonlyMap<string, HierarchyCompany>;
}): {
  companies: CompanyHierarchyWrite[];
  conflicts: HierarchyConflictWrite[];
} => {
  const writes: CompanyHierarchyWrite[] = [];
  const conflicts: HierarchyConflictWrite[] = [];
  const nameOf = (id: string): string => companies.get(id)?.name ?? id;
  for (const change of changes) {
    const stored = companies.get(change.companyId);
    if (stored === undefined || stored.parentCompanyId !== change.newParentId)
      continue;
    const check = checkParentCompany({
      companyId: change.companyId as CompanyId,
      newParentId: change.newParentId as CompanyId,
      parentOf: (id) =>
        (companies.get(id)?.parentCompanyId ?? null) as CompanyId | null,
      nameOf,
    });
    if (!check.success) {
      const restored =
        change.previousParentId === change.newParentId
          ? null
          : change.previousParentId;
      writes.push({ id: change.companyId, parentCompanyId: restored });
      conflicts.push({
        kind: 'INVALID_INPUT',
        dedupeKey: parentCycleKey(change.companyId),
        globalAccountId: stored.globalAccountId,
        companyId: change.companyId,
        summary: `Parent company of ${nameOf(change.companyId)} not changed to ${nameOf(change.newParentId)}: ${check.error.message} The previous parent was kept.`,
        details: {
          cycle: check.error.cycle,
          refusedParentId: change.newParentId,
        },
      });
      continue;
    }
    const parentAccount =
      companies.get(change.newParentId)?.globalAccountId ?? null;
    const decision = resolveAccountMembership({
      companyAccountId: stored.globalAccountId as GlobalAccountId | null,
      parentAccountId: parentAccount as GlobalAccountId | null,
    });
    if (decision.kind === 'JOIN')
      writes.push({
        id: change.companyId,
        globalAccountId: decision.globalAccountId,
      });
    if (decision.kind === 'UNLINKED_AFFILIATE')
      conflicts.push({
        kind: 'UNLINKED_AFFILIATE',
        dedupeKey: unlinkedAffiliateKey(
          decision.parentAccountId,
          change.companyId,
        ),
        globalAccountId: decision.parentAccountId,
        companyId: change.companyId,
        summary: `${nameOf(change.companyId)} belongs to another global account than its parent company ${nameOf(change.newParentId)}: move it to its parent's account or correct the parent.`,
        details: {
          companyAccountId: decision.companyAccountId,
          parentAccountId: decision.parentAccountId,
          parentCompanyId: change.newParentId,
        },
      });
  }
  return { companies: writes, conflicts };
};
