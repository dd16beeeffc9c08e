import { buildCandidateFilters } from './build-candidate-filters.util';
import { type CompanyMatchKeys } from './build-company-match-keys.util';
import { type CompanyMatchRecord } from './match-conflict.type';

/**
 * Indexes loaded candidates by every key they carry, and returns the lookup that gives a
 * company only the candidates sharing one of its keys (each once, in load order). The batch
 * loads one result for a whole page; this keeps each company's scoring to its own block.
 */
export const buildCandidateLookup = (
  candidates: readonly CompanyMatchRecord[],
): ((keys: CompanyMatchKeys) => CompanyMatchRecord[]) => {
  const byKey = new Map<string, CompanyMatchRecord[]>();
  for (const candidate of candidates) {
    for (const filter of buildCandidateFilters(candidate.profile.keys)) {
      const key = `${filter.field}\u0000${filter.eq}`;
      byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
    }
  }
  return (keys) => {
    const found = new Set<CompanyMatchRecord>();
    for (const filter of buildCandidateFilters(keys)) {
      for (const candidate of byKey.get(`${filter.field}\u0000${filter.eq}`) ??
        []) {
        found.add(candidate);
      }
    }
    return [...found];
  };
};
