import { type CompanyId } from '../shared/ids.type';

/**
 * The top of a company's parentCompany chain (the company itself when it has no parent).
 * On a chain that loops (stored before cycles were refused) it stops at the last company
 * before the loop closes, so it always ends.
 */
export const findUltimateParent = ({
  companyId,
  parentOf,
}: {
  companyId: CompanyId;
  parentOf: (id: CompanyId) => CompanyId | null;
}): CompanyId => {
  const seen = new Set<CompanyId>([companyId]);
  let current = companyId;
  for (;;) {
    const parent = parentOf(current);
    if (parent === null || seen.has(parent)) return current;
    seen.add(parent);
    current = parent;
  }
};
