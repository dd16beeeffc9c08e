import {
  buildCandidateFilters,
  type CandidateFilter,
  type CompanyMatchKeyField,
} from './build-candidate-filters.util';
import { type CompanyMatchKeys } from './build-company-match-keys.util';

/**
 * The nightly batch's candidate query for a page of companies: per key field, one `in` over
 * the page's values (sorted, without repeats), ORed into ONE request, so a page of 200
 * companies costs one read instead of 200. Fields no company of the page has are left out.
 */
export const buildPageCandidateFilters = (
  pageKeys: readonly CompanyMatchKeys[],
): CandidateFilter[] => {
  const valuesByField = new Map<CompanyMatchKeyField, Set<string>>();
  for (const keys of pageKeys) {
    for (const filter of buildCandidateFilters(keys)) {
      const values = valuesByField.get(filter.field) ?? new Set<string>();
      for (const value of filter.in) values.add(value);
      valuesByField.set(filter.field, values);
    }
  }
  return [...valuesByField.entries()].map(([field, values]) => ({
    field,
    in: [...values].sort(),
  }));
};
