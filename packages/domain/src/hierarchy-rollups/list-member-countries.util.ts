import { compareText } from '../shared/sort-small.util';
import { type CompanyCountryGroup } from './global-account-rollup.type';

/** Distinct, upper-cased countries of the member companies, sorted; empty codes are left out. */
export const listMemberCountries = (
  groups: readonly CompanyCountryGroup[],
): string[] => {
  const countries = new Set<string>();
  for (const group of groups) {
    const code = group.countryCode?.trim().toUpperCase() ?? '';
    if (code !== '' && group.companyCount > 0) countries.add(code);
  }
  return [...countries].sort(compareText);
};
