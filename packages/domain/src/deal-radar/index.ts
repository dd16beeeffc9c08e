// The deal side of the conflict radar (issue 10): cross-region prospects and parallel imports.
export {
  planParallelImportConflicts,
  parallelImportKey,
  PARALLEL_IMPORT_KIND,
  type CountryAgreedPrice,
  type ParallelImportDetails,
} from './plan-parallel-import-conflicts.util';
export {
  planCrossRegionProspectConflicts,
  crossRegionProspectKey,
  resolveDealCreator,
  teamCountryOf,
  CROSS_REGION_PROSPECT_KIND,
  type ActiveMembership,
  type ActorSource,
  type CrossRegionProspectInput,
  type CrossRegionProspectDecision,
} from './plan-cross-region-prospect-conflicts.util';
export {
  parseProspectQuery,
  rankProspectMatches,
  PROSPECT_CHECK_MAX_MATCHES,
  PROSPECT_TEXT_MAX_LENGTH,
  type ProspectMatch,
  type ProspectProbe,
  type ProspectQuery,
} from './prospect-check.util';
