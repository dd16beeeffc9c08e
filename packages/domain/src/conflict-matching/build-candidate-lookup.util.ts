import {
  buildCandidateFilters,
  COMPANY_MATCH_KEY_FIELDS,
} from './build-candidate-filters.util';
import { type CompanyMatchKeys } from './build-company-match-keys.util';
import { type CompanyMatchRecord } from './match-conflict.type';

/**
 * Indexes loaded candidates by every key they carry, and returns the lookup that gives a
 * company only the candidates its own filters would find (each once, in load order). The
 * batch loads one result for a whole page; this keeps each company's scoring to its block.
 */
export const buildCandidateLookup = (
  candidates: readonly CompanyMatchRecord[],
): ((keys: CompanyMatchKeys) => CompanyMatchRecord[]) => {
  const byKey = new Map<string, CompanyMatchRecord[]>();
  for (const candidate of candidates) {
    for (const field of COMPANY_MATCH_KEY_FIELDS) {
      const value = candidate.profile.keys[field];
      if (value === null) continue;
      const key = `${field}\u0000${value}`;
      byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
    }
  }
  return (keys) => {
    const found = new Set<CompanyMatchRecord>();
    for (const filter of buildCandidateFilters(keys)) {
      for (const value of filter.in) {
        for (const candidate of byKey.get(`${filter.field}\u0000${value}`) ??
          []) {
          found.add(candidate);
        }
      }
    }
    return [...found];
  };
};
