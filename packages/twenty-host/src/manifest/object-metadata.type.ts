import { type RoleDefinition } from '../permissions/role-definition.type';

// The host's own view of object metadata: the app manifest and the standard objects
// are both converted to this shape, and everything else in the host reads only this.

export const COMPOSITE_FIELD_TYPES = [
  'CURRENCY',
  'FULL_NAME',
  'EMAILS',
  'LINKS',
  'PHONES',
  'ADDRESS',
  'ACTOR',
  'RICH_TEXT',
] as const;
export type CompositeFieldType = (typeof COMPOSITE_FIELD_TYPES)[number];

export const SCALAR_FIELD_TYPES = [
  'UUID',
  'TEXT',
  'NUMBER',
  'NUMERIC',
  'BOOLEAN',
  'DATE',
  'DATE_TIME',
  'SELECT',
  'MULTI_SELECT',
  'RATING',
  'RAW_JSON',
  'ARRAY',
  'POSITION',
  'TS_VECTOR',
  'FILES',
] as const;
export type ScalarFieldType = (typeof SCALAR_FIELD_TYPES)[number];

export type HostFieldType = CompositeFieldType | ScalarFieldType | 'RELATION';

export const isCompositeFieldType = (
  type: string,
): type is CompositeFieldType =>
  (COMPOSITE_FIELD_TYPES as readonly string[]).includes(type);

export const isScalarFieldType = (type: string): type is ScalarFieldType =>
  (SCALAR_FIELD_TYPES as readonly string[]).includes(type);

export type SelectOption = { value: string; label: string; position: number };

export type RelationSettings = {
  relationType: 'MANY_TO_ONE' | 'ONE_TO_MANY';
  targetObjectUniversalIdentifier: string;
  targetFieldUniversalIdentifier: string;
  /** MANY_TO_ONE only: the foreign-key field (`companyId`). */
  joinColumnName?: string;
  onDelete?: 'SET_NULL' | 'CASCADE' | 'RESTRICT' | 'NO_ACTION';
};

export type FieldMetadata = {
  universalIdentifier: string;
  name: string;
  label: string;
  type: HostFieldType;
  isNullable: boolean;
  /** Parsed default: a JS value, or `{ computed: 'now' | 'uuid' }`. */
  defaultValue?: unknown;
  isUnique?: boolean;
  /** For composite unique fields: the sub-field carrying the unique index. */
  uniqueSubField?: string;
  options?: SelectOption[];
  numberDataType?: 'INT' | 'FLOAT' | 'BIGINT';
  relation?: RelationSettings;
  isSystem?: boolean;
};

export type ObjectMetadata = {
  id: string;
  universalIdentifier: string;
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  description: string | null;
  isCustom: boolean;
  isSystem: boolean;
  applicationUniversalIdentifier: string | null;
  labelIdentifierFieldName: string;
  duplicateCriteria: string[] | null;
  fields: FieldMetadata[];
};

export type AppLogicFunction = {
  universalIdentifier: string;
  name: string;
  timeoutSeconds: number;
  builtHandlerPath: string;
  handlerName: string;
  databaseEventTriggerSettings?: {
    eventName: string;
    updatedFields?: string[];
    batchMode?: boolean;
  };
  cronTriggerSettings?: { pattern: string };
  httpRouteTriggerSettings?: {
    path: string;
    httpMethod: string;
    isAuthRequired: boolean;
    forwardedRequestHeaders?: string[];
  };
};

export type AppDefinition = {
  universalIdentifier: string;
  displayName: string;
  /** The role an app token acts with (application.defaultRoleUniversalIdentifier). */
  defaultRoleUniversalIdentifier?: string;
  applicationVariables: Record<string, string>;
  logicFunctions: AppLogicFunction[];
  /** application.postInstallLogicFunction: run after install (and upgrades when asked). */
  postInstallLogicFunction?: {
    universalIdentifier: string;
    shouldRunOnVersionUpgrade: boolean;
    shouldRunSynchronously: boolean;
  };
  /** application.healthCheckLogicFunction: what runApplicationHealthCheck executes. */
  healthCheckLogicFunctionUniversalIdentifier?: string;
  /** defineTimelineActivityType entries that emit automatically (with `emit`). */
  timelineActivityTypes: TimelineActivityTypeDefinition[];
};

/**
 * An app's timeline activity type with an automatic emit, as Twenty stores it
 * (metadata-modules/timeline-activity-type/entities/timeline-activity-type.entity.ts: action,
 * objectUniversalIdentifier, targetRelationFieldUniversalIdentifier,
 * triggerFieldUniversalIdentifiers).
 */
export type TimelineActivityTypeDefinition = {
  universalIdentifier: string;
  name: string;
  label: string;
  icon: string | null;
  action: string;
  objectUniversalIdentifier: string;
  targetRelationFieldUniversalIdentifier: string | null;
  triggerFieldUniversalIdentifiers: string[] | null;
};

/** An index the manifest defines (defineIndex), as the columns it covers. */
export type IndexDefinition = {
  /** `IDX_<universal identifier without dashes>`: stable across upgrades. */
  name: string;
  objectNameSingular: string;
  columns: string[];
  isUnique: boolean;
  /** BTREE (the default) or GIN. */
  indexType: string;
};

export type WorkspaceMetadata = {
  objects: ObjectMetadata[];
  app: AppDefinition | null;
  /** The roles the manifest defines. */
  roles?: RoleDefinition[];
  /** The indexes the manifest defines. */
  indexes?: IndexDefinition[];
};
