import { readFileSync } from 'node:fs';

import { ManifestException } from './manifest.exception';
import { readManifestRoles } from './read-manifest-roles.util';
import {
  type AppDefinition,
  type AppLogicFunction,
  type FieldMetadata,
  type HostFieldType,
  type IndexDefinition,
  type ObjectMetadata,
  type SelectOption,
  type WorkspaceMetadata,
  isCompositeFieldType,
  isScalarFieldType,
} from './object-metadata.type';
import {
  SYSTEM_FIELD_SPECS,
  buildStandardObjects,
} from './standard-objects.constant';
import { addTimelineTargetRelations } from '../timeline/add-timeline-target-relations.util';
import { readManifestTimelineActivityTypes } from '../timeline/read-manifest-timeline-activity-types.util';

// Reads the twenty-sdk build output (`.twenty/output/manifest.json`) without trusting it:
// only the keys the host needs are read, each checked at the point of use.

type JsonObject = Record<string, unknown>;

const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const readString = (object: JsonObject, key: string, where: string): string => {
  const value = object[key];
  if (typeof value !== 'string' || value.length === 0) {
    throw new ManifestException(
      `${where}: "${key}" must be a non-empty string`,
      'MANIFEST_INVALID',
    );
  }
  return value;
};

const readOptionalString = (object: JsonObject, key: string) => {
  const value = object[key];
  return typeof value === 'string' ? value : undefined;
};

const readArray = (object: JsonObject, key: string): JsonObject[] => {
  const value = object[key];
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
};

/** `"'DRAFT'"` → `'DRAFT'`, `'now'` → computed, JSON values as they are. */
export const parseDefaultValue = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  if (value === 'now' || value === 'uuid') return { computed: value };
  const quoted = /^'(.*)'$/s.exec(value);
  return quoted === null ? value : quoted[1];
};

const toHostFieldType = (type: string, where: string): HostFieldType => {
  if (type === 'RICH_TEXT_V2') return 'RICH_TEXT';
  if (type === 'RELATION' || isCompositeFieldType(type)) return type;
  if (isScalarFieldType(type)) return type;
  throw new ManifestException(
    `${where}: field type "${type}" is not supported by the host`,
    'MANIFEST_INVALID',
  );
};

const toFieldMetadata = (raw: JsonObject, where: string): FieldMetadata => {
  const name = readString(raw, 'name', where);
  const fieldWhere = `${where}.${name}`;
  const type = toHostFieldType(readString(raw, 'type', fieldWhere), fieldWhere);
  const settings = isJsonObject(raw.universalSettings)
    ? raw.universalSettings
    : {};
  const fieldMetadata: FieldMetadata = {
    universalIdentifier: readString(raw, 'universalIdentifier', fieldWhere),
    name,
    label: readOptionalString(raw, 'label') ?? name,
    type,
    isNullable: raw.isNullable !== false,
    isUnique: raw.isUnique === true,
  };
  if (raw.defaultValue !== undefined && raw.defaultValue !== null) {
    fieldMetadata.defaultValue = parseDefaultValue(raw.defaultValue);
  }
  if (Array.isArray(raw.options)) {
    fieldMetadata.options = raw.options
      .filter(isJsonObject)
      .map((option, index): SelectOption => ({
        value: readString(option, 'value', `${fieldWhere}.options`),
        label: readOptionalString(option, 'label') ?? '',
        position: typeof option.position === 'number' ? option.position : index,
      }))
      .sort((a, b) => a.position - b.position);
  }
  const dataType = settings.dataType;
  if (dataType === 'INT' || dataType === 'FLOAT' || dataType === 'BIGINT') {
    fieldMetadata.numberDataType = dataType;
  }
  if (type === 'RELATION') {
    const relationType = settings.relationType;
    if (relationType !== 'MANY_TO_ONE' && relationType !== 'ONE_TO_MANY') {
      throw new ManifestException(
        `${fieldWhere}: relation without relationType`,
        'MANIFEST_INVALID',
      );
    }
    const onDelete = settings.onDelete;
    fieldMetadata.relation = {
      relationType,
      targetObjectUniversalIdentifier: readString(
        raw,
        'relationTargetObjectMetadataUniversalIdentifier',
        fieldWhere,
      ),
      targetFieldUniversalIdentifier: readString(
        raw,
        'relationTargetFieldMetadataUniversalIdentifier',
        fieldWhere,
      ),
      onDelete:
        onDelete === 'CASCADE' ||
        onDelete === 'RESTRICT' ||
        onDelete === 'NO_ACTION'
          ? onDelete
          : 'SET_NULL',
    };
    if (relationType === 'MANY_TO_ONE') {
      fieldMetadata.relation.joinColumnName =
        typeof settings.joinColumnName === 'string'
          ? settings.joinColumnName
          : `${name}Id`;
    }
  }
  return fieldMetadata;
};

const toLogicFunction = (raw: JsonObject): AppLogicFunction => {
  const where = 'logicFunctions';
  const logicFunction: AppLogicFunction = {
    universalIdentifier: readString(raw, 'universalIdentifier', where),
    name:
      readOptionalString(raw, 'name') ??
      readString(raw, 'universalIdentifier', where),
    timeoutSeconds:
      typeof raw.timeoutSeconds === 'number' ? raw.timeoutSeconds : 300,
    builtHandlerPath: readString(raw, 'builtHandlerPath', where),
    handlerName:
      readOptionalString(raw, 'handlerName') ?? 'default.config.handler',
  };
  const database = raw.databaseEventTriggerSettings;
  if (isJsonObject(database)) {
    logicFunction.databaseEventTriggerSettings = {
      eventName: readString(database, 'eventName', `${where}.trigger`),
      batchMode: database.batchMode === true,
    };
    if (Array.isArray(database.updatedFields)) {
      logicFunction.databaseEventTriggerSettings.updatedFields =
        database.updatedFields.filter(
          (value): value is string => typeof value === 'string',
        );
    }
  }
  const cron = raw.cronTriggerSettings;
  if (isJsonObject(cron)) {
    logicFunction.cronTriggerSettings = {
      pattern: readString(cron, 'pattern', `${where}.cron`),
    };
  }
  const route = raw.httpRouteTriggerSettings;
  if (isJsonObject(route)) {
    logicFunction.httpRouteTriggerSettings = {
      path: readString(route, 'path', `${where}.route`),
      httpMethod: readOptionalString(route, 'httpMethod') ?? 'GET',
      isAuthRequired: route.isAuthRequired !== false,
      forwardedRequestHeaders: Array.isArray(route.forwardedRequestHeaders)
        ? route.forwardedRequestHeaders
            .filter((value): value is string => typeof value === 'string')
            .map((value) => value.toLowerCase())
        : [],
    };
  }
  return logicFunction;
};

const withSystemFields = (fields: FieldMetadata[], objectUid: string) => [
  ...SYSTEM_FIELD_SPECS.map((spec): FieldMetadata => ({
    ...spec,
    label: spec.name,
    universalIdentifier: `${objectUid}:${spec.name}`,
  })),
  ...fields,
];

/** Standard objects plus the app's objects and fields from a parsed manifest. */
export const buildWorkspaceMetadata = (
  manifest: unknown,
): WorkspaceMetadata => {
  const objects = buildStandardObjects();
  if (manifest === undefined) return { objects, app: null };
  if (!isJsonObject(manifest) || !isJsonObject(manifest.application)) {
    throw new ManifestException(
      'manifest.json has no "application" object: is it a twenty-sdk build output?',
      'MANIFEST_INVALID',
    );
  }
  const application = manifest.application;
  const applicationUid = readString(
    application,
    'universalIdentifier',
    'application',
  );

  for (const rawObject of readArray(manifest, 'objects')) {
    const nameSingular = readString(rawObject, 'nameSingular', 'objects');
    const universalIdentifier = readString(
      rawObject,
      'universalIdentifier',
      nameSingular,
    );
    const fields = readArray(rawObject, 'fields').map((rawField) =>
      toFieldMetadata(rawField, nameSingular),
    );
    const labelFieldUid = readOptionalString(
      rawObject,
      'labelIdentifierFieldMetadataUniversalIdentifier',
    );
    const hasName = fields.some((f) => f.name === 'name');
    if (!hasName) {
      // The twenty-sdk build adds a `name` TEXT field to every object without one.
      fields.unshift({
        universalIdentifier: `${universalIdentifier}:name`,
        name: 'name',
        label: 'Name',
        type: 'TEXT',
        isNullable: true,
      });
    }
    objects.push({
      id: universalIdentifier,
      universalIdentifier,
      nameSingular,
      namePlural: readString(rawObject, 'namePlural', nameSingular),
      labelSingular:
        readOptionalString(rawObject, 'labelSingular') ?? nameSingular,
      labelPlural: readOptionalString(rawObject, 'labelPlural') ?? nameSingular,
      description: readOptionalString(rawObject, 'description') ?? null,
      isCustom: true,
      isSystem: false,
      applicationUniversalIdentifier: applicationUid,
      labelIdentifierFieldName:
        fields.find((f) => f.universalIdentifier === labelFieldUid)?.name ??
        'name',
      duplicateCriteria: null,
      fields: withSystemFields(fields, universalIdentifier),
    });
  }

  for (const rawField of readArray(manifest, 'fields')) {
    const objectUid = readString(
      rawField,
      'objectUniversalIdentifier',
      'fields',
    );
    const target = objects.find((o) => o.universalIdentifier === objectUid);
    if (target === undefined) {
      throw new ManifestException(
        `Field "${String(rawField.name)}" extends unknown object ${objectUid}`,
        'RELATION_TARGET_NOT_FOUND',
      );
    }
    target.fields.push(toFieldMetadata(rawField, target.nameSingular));
  }

  addTimelineTargetRelations(
    objects,
    objects.filter(
      (object) => object.applicationUniversalIdentifier === applicationUid,
    ),
  );

  for (const object of objects) {
    for (const relationField of object.fields) {
      const relation = relationField.relation;
      if (relation === undefined) continue;
      const exists = objects.some(
        (o) =>
          o.universalIdentifier === relation.targetObjectUniversalIdentifier,
      );
      if (!exists) {
        throw new ManifestException(
          `Relation ${object.nameSingular}.${relationField.name} targets unknown object ${relation.targetObjectUniversalIdentifier}`,
          'RELATION_TARGET_NOT_FOUND',
        );
      }
    }
  }

  const applicationVariables: Record<string, string> = {};
  if (isJsonObject(application.applicationVariables)) {
    for (const [key, variable] of Object.entries(
      application.applicationVariables,
    )) {
      if (!isJsonObject(variable) || variable.value === undefined) continue;
      applicationVariables[key] =
        typeof variable.value === 'string'
          ? variable.value
          : JSON.stringify(variable.value);
    }
  }

  const app: AppDefinition = {
    universalIdentifier: applicationUid,
    displayName: readOptionalString(application, 'displayName') ?? 'App',
    ...(readOptionalString(application, 'defaultRoleUniversalIdentifier') ===
    undefined
      ? {}
      : {
          defaultRoleUniversalIdentifier: readString(
            application,
            'defaultRoleUniversalIdentifier',
            'application',
          ),
        }),
    applicationVariables,
    logicFunctions: readArray(manifest, 'logicFunctions').map(toLogicFunction),
    timelineActivityTypes: readManifestTimelineActivityTypes(manifest),
  };
  // twenty-sdk's build puts the post-install and health-check functions among the logic
  // functions and names them on the application (manifest.application.*LogicFunction).
  const postInstall = application.postInstallLogicFunction;
  if (isJsonObject(postInstall)) {
    app.postInstallLogicFunction = {
      universalIdentifier: readString(
        postInstall,
        'universalIdentifier',
        'application.postInstallLogicFunction',
      ),
      shouldRunOnVersionUpgrade: postInstall.shouldRunOnVersionUpgrade === true,
      shouldRunSynchronously: postInstall.shouldRunSynchronously === true,
    };
  }
  const healthCheck = application.healthCheckLogicFunction;
  if (isJsonObject(healthCheck)) {
    app.healthCheckLogicFunctionUniversalIdentifier = readString(
      healthCheck,
      'universalIdentifier',
      'application.healthCheckLogicFunction',
    );
  }
  return {
    objects,
    app,
    roles: readManifestRoles(manifest),
    indexes: readManifestIndexes(manifest, objects),
  };
};

/**
 * The manifest's indexes (defineIndex) as columns of the objects' tables. Twenty creates them
 * in the workspace schema with `CREATE [UNIQUE] INDEX IF NOT EXISTS ... [USING <type>]`
 * (twenty-orm/workspace-schema-manager/services/workspace-schema-index-manager.service.ts).
 */
const readManifestIndexes = (
  manifest: JsonObject,
  objects: readonly ObjectMetadata[],
): IndexDefinition[] =>
  readArray(manifest, 'indexes').map((rawIndex) => {
    const universalIdentifier = readString(
      rawIndex,
      'universalIdentifier',
      'indexes',
    );
    const objectUid = readString(
      rawIndex,
      'objectUniversalIdentifier',
      universalIdentifier,
    );
    const object = objects.find((o) => o.universalIdentifier === objectUid);
    if (object === undefined)
      throw new ManifestException(
        `Index ${universalIdentifier} is on unknown object ${objectUid}`,
        'MANIFEST_INVALID',
      );
    const columns = readArray(rawIndex, 'fields').map((rawField) => {
      const fieldUid = readString(
        rawField,
        'fieldUniversalIdentifier',
        universalIdentifier,
      );
      const field = object.fields.find(
        (f) => f.universalIdentifier === fieldUid,
      );
      if (field === undefined)
        throw new ManifestException(
          `Index ${universalIdentifier} names unknown field ${fieldUid} of ${object.nameSingular}`,
          'MANIFEST_INVALID',
        );
      const subField = readOptionalString(rawField, 'subFieldName');
      if (field.relation !== undefined) return `${field.name}Id`;
      return subField === undefined
        ? field.name
        : `${field.name}${subField.charAt(0).toUpperCase()}${subField.slice(1)}`;
    });
    return {
      name: `IDX_${universalIdentifier.replace(/-/g, '')}`,
      objectNameSingular: object.nameSingular,
      columns,
      isUnique: rawIndex.isUnique === true,
      indexType: readOptionalString(rawIndex, 'indexType') ?? 'BTREE',
    };
  });

export const loadWorkspaceMetadata = (
  manifestPath: string | undefined,
): WorkspaceMetadata => {
  if (manifestPath === undefined) return buildWorkspaceMetadata(undefined);
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch {
    throw new ManifestException(
      `No manifest at ${manifestPath}: run the twenty-sdk build (npx twenty dev:build) first`,
      'MANIFEST_NOT_FOUND',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ManifestException(
      `${manifestPath} is not valid JSON`,
      'MANIFEST_INVALID',
    );
  }
  return buildWorkspaceMetadata(parsed);
};

export const findObjectByName = (
  metadata: WorkspaceMetadata,
  nameSingular: string,
): ObjectMetadata | undefined =>
  metadata.objects.find((o) => o.nameSingular === nameSingular);
