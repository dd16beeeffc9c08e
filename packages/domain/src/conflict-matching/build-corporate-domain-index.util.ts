import { type GlobalAccountId } from '../shared/ids.type';
import { type CorporateDomainIndex } from './company-match.type';
import { normaliseRegistrableDomain } from './normalise-registrable-domain.util';

/**
 * Registrable domain → global account, from every account's corporateDomains. A domain two
 * accounts both claim belongs to neither (the lowest id would be an arbitrary winner); the
 * conflicts list reports it.
 */
export const buildCorporateDomainIndex = (
  accounts: readonly {
    globalAccountId: GlobalAccountId;
    corporateDomains: readonly string[];
  }[],
): { index: CorporateDomainIndex; contestedDomains: string[] } => {
  const owners = new Map<string, Set<GlobalAccountId>>();
  for (const account of accounts) {
    for (const domain of account.corporateDomains) {
      const normalised = normaliseRegistrableDomain(domain);
      if (!normalised.success) continue;
      const set = owners.get(normalised.data) ?? new Set<GlobalAccountId>();
      set.add(account.globalAccountId);
      owners.set(normalised.data, set);
    }
  }
  const index = new Map<string, GlobalAccountId>();
  const contestedDomains: string[] = [];
  for (const [domain, set] of owners) {
    if (set.size === 1) index.set(domain, [...set][0] as GlobalAccountId);
    else contestedDomains.push(domain);
  }
  return { index, contestedDomains: contestedDomains.sort() };
};
