import { fail, ok, type Result } from '../shared/result.type';
import { type CompanyId } from '../shared/ids.type';
import { type ParentCycleError } from './company-hierarchy.type';

/**
 * Refuses a parentCompany that would make a cycle: walking up from the new parent must not
 * reach the company itself. `parentOf` answers with the stored parent of any company (the
 * gateway loads the new parent's ancestor chain). A chain that already loops elsewhere is
 * not this change's cycle and is walked once.
 */
export const checkParentCompany = ({
  companyId,
  newParentId,
  parentOf,
  nameOf = (id) => id,
}: {
  companyId: CompanyId;
  newParentId: CompanyId | null;
  parentOf: (id: CompanyId) => CompanyId | null;
  nameOf?: (id: CompanyId) => string;
}): Result<null, ParentCycleError> => {
  const chain: CompanyId[] = [companyId];
  const seen = new Set<CompanyId>();
  let current = newParentId;
  while (current !== null && !seen.has(current)) {
    chain.push(current);
    if (current === companyId) {
      return fail({
        code: 'PARENT_CYCLE',
        cycle: chain,
        message: `A company cannot be its own ancestor: ${chain.map(nameOf).join(' → ')}.`,
      });
    }
    seen.add(current);
    current = parentOf(current);
  }
  return ok(null);
};
