export const MANIFEST_VIOLATION_CODES = [
  'INVALID_MANIFEST_SHAPE',
  'UNKNOWN_RELATION_TARGET',
  'MISSING_INVERSE_FIELD',
  'INVALID_RELATION_PAIR',
  'DANGLING_REFERENCE',
  'DEFAULT_NOT_IN_OPTIONS',
  'DUPLICATE_NAME',
  'INVALID_CRON_PATTERN',
  'TIMEOUT_OUT_OF_RANGE',
  'UNKNOWN_EVENT_NAME',
  'EVENT_OBJECT_NOT_READABLE',
  'UPDATED_FIELDS_IGNORED',
  'LISTENS_TO_ALL_UPDATES',
] as const;
export type ManifestViolationCode = (typeof MANIFEST_VIOLATION_CODES)[number];

// Errors fail a sync on the server (or silently misbehave); warnings are risks
// (self-triggering loops, events the app role cannot see).
export type ManifestViolationSeverity = 'error' | 'warning';

export type ManifestViolation = {
  code: ManifestViolationCode;
  severity: ManifestViolationSeverity;
  // Where in the manifest, e.g. "views[Open conflicts].filters[0]".
  path: string;
  message: string;
};

// A standard (server-provided) object the app may reference.
export type StandardObjectEntry = {
  nameSingular: string;
  universalIdentifier: string;
  // field name -> universal identifier
  fields: Readonly<Record<string, string>>;
};

export type SystemFieldIdentifierInput = {
  applicationUniversalIdentifier: string;
  objectUniversalIdentifier: string;
  name: string;
};

export type ManifestCheckContext = {
  standardObjects: readonly StandardObjectEntry[];
  // Views and page layouts the server ships (navigation items and tabs may point at them).
  standardViewUniversalIdentifiers?: readonly string[];
  standardPageLayoutUniversalIdentifiers?: readonly string[];
  // Derives the ids of system fields (id, createdAt, ...) of app objects, as
  // twenty-sdk's getFieldUniversalIdentifier does. Without it, references to
  // system fields of app objects are reported as dangling.
  getSystemFieldUniversalIdentifier?: (
    input: SystemFieldIdentifierInput,
  ) => string;
};
