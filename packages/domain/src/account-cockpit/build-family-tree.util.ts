import { compareInTurn, compareText } from '../shared/sort-small.util';
import {
  type CockpitCompany,
  type FamilyTreeRow,
} from './account-cockpit.type';

const labelOf = (company: CockpitCompany): string =>
  company.name === null || company.name.trim() === ''
    ? company.id
    : company.name.trim();

/**
 * The family as a tree in reading order: top companies first (a parent outside the family
 * counts as none), each followed by its subsidiaries, siblings by name. A parent chain that
 * loops (stored before cycles were refused) is cut where it closes, so every company
 * appears exactly once.
 */
export const buildFamilyTree = ({
  companies,
  uncoveredCountries,
}: {
  companies: readonly CockpitCompany[];
  uncoveredCountries: readonly string[];
}): FamilyTreeRow[] => {
  const byId = new Map(companies.map((company) => [company.id, company]));
  const uncovered = new Set(uncoveredCountries);
  const childrenOf = new Map<string | null, CockpitCompany[]>();
  for (const company of companies) {
    const parent =
      company.parentCompanyId !== null && byId.has(company.parentCompanyId)
        ? company.parentCompanyId
        : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), company]);
  }
  const sorted = (list: readonly CockpitCompany[]): CockpitCompany[] =>
    [...list].sort((a, b) =>
      compareInTurn(
        compareText(labelOf(a), labelOf(b)),
        compareText(a.id, b.id),
      ),
    );
  const rows: FamilyTreeRow[] = [];
  const placed = new Set<string>();
  const visit = (company: CockpitCompany, depth: number): void => {
    if (placed.has(company.id)) return;
    placed.add(company.id);
    rows.push({
      id: company.id,
      name: labelOf(company),
      countryCode: company.countryCode,
      depth,
      covered:
        company.countryCode === null || !uncovered.has(company.countryCode),
    });
    for (const child of sorted(childrenOf.get(company.id) ?? []))
      visit(child, depth + 1);
  };
  for (const top of sorted(childrenOf.get(null) ?? [])) visit(top, 0);
  // Companies only reachable through a loop: each loop shown from its first company by name.
  for (const company of sorted(companies)) visit(company, 0);
  return rows;
};
