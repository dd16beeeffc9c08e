import {
  type RoleDefinition,
  type RoleFieldPermission,
  type RoleObjectPermission,
} from '../permissions/role-definition.type';

type JsonObject = Record<string, unknown>;

const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const readObjects = (object: JsonObject, key: string): JsonObject[] => {
  const value = object[key];
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
};

const readFlag = (object: JsonObject, key: string): boolean =>
  object[key] === true;

const readOptionalFlag = (
  object: JsonObject,
  key: string,
): boolean | null | undefined => {
  const value = object[key];
  return typeof value === 'boolean' || value === null ? value : undefined;
};

const readText = (object: JsonObject, key: string): string => {
  const value = object[key];
  return typeof value === 'string' ? value : '';
};

const toObjectPermission = (raw: JsonObject): RoleObjectPermission => ({
  objectUniversalIdentifier: readText(raw, 'objectUniversalIdentifier'),
  canReadObjectRecords: readOptionalFlag(raw, 'canReadObjectRecords'),
  canUpdateObjectRecords: readOptionalFlag(raw, 'canUpdateObjectRecords'),
  canSoftDeleteObjectRecords: readOptionalFlag(
    raw,
    'canSoftDeleteObjectRecords',
  ),
  canDestroyObjectRecords: readOptionalFlag(raw, 'canDestroyObjectRecords'),
});

const toFieldPermission = (raw: JsonObject): RoleFieldPermission => ({
  objectUniversalIdentifier: readText(raw, 'objectUniversalIdentifier'),
  fieldUniversalIdentifier: readText(raw, 'fieldUniversalIdentifier'),
  canReadFieldValue: readOptionalFlag(raw, 'canReadFieldValue'),
  canUpdateFieldValue: readOptionalFlag(raw, 'canUpdateFieldValue'),
});

/** The `roles[]` of a twenty-sdk manifest (defineRole / defineApplicationRole). */
export const readManifestRoles = (manifest: JsonObject): RoleDefinition[] =>
  readObjects(manifest, 'roles').map((raw) => ({
    universalIdentifier: readText(raw, 'universalIdentifier'),
    label: readText(raw, 'label'),
    canReadAllObjectRecords: readFlag(raw, 'canReadAllObjectRecords'),
    canUpdateAllObjectRecords: readFlag(raw, 'canUpdateAllObjectRecords'),
    canSoftDeleteAllObjectRecords: readFlag(
      raw,
      'canSoftDeleteAllObjectRecords',
    ),
    canDestroyAllObjectRecords: readFlag(raw, 'canDestroyAllObjectRecords'),
    canBeAssignedToUsers: readFlag(raw, 'canBeAssignedToUsers'),
    canBeAssignedToApiKeys: readFlag(raw, 'canBeAssignedToApiKeys'),
    objectPermissions: readObjects(raw, 'objectPermissions').map(
      toObjectPermission,
    ),
    fieldPermissions: readObjects(raw, 'fieldPermissions').map(
      toFieldPermission,
    ),
    permissionFlags: Array.isArray(raw.permissionFlagUniversalIdentifiers)
      ? raw.permissionFlagUniversalIdentifiers.filter(
          (flag): flag is string => typeof flag === 'string',
        )
      : [],
  }));
