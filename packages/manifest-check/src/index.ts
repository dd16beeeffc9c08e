export {
  MANIFEST_VIOLATION_CODES,
  type ManifestCheckContext,
  type ManifestViolation,
  type ManifestViolationCode,
  type ManifestViolationSeverity,
  type StandardObjectEntry,
  type SystemFieldIdentifierInput,
} from './manifest-check.type';
export { checkManifest } from './check-manifest.util';
export { buildStandardObjectCatalog } from './utils/build-standard-object-catalog.util';
export { isValidCronPattern } from './utils/is-valid-cron-pattern.util';
export { MAX_TIMEOUT_SECONDS } from './rules/check-logic-function-triggers.util';
export { manifestSchema, type Manifest } from './schemas/manifest.schema';
