import {
  type ObjectMetadata,
  type WorkspaceMetadata,
} from '../manifest/object-metadata.type';
import {
  type ObjectPermissions,
  type RolePermissions,
} from './object-permissions.type';
import { type RoleDefinition } from './role-definition.type';

// twenty-shared/src/constants/SystemPermissionFlag.ts
const WORKSPACE_MEMBERS_PERMISSION_FLAG =
  'ec342166-2df7-53e7-aa9b-64992d6cb35f';

const computeObjectPermissions = (
  role: RoleDefinition,
  object: ObjectMetadata,
): ObjectPermissions => {
  if (object.nameSingular === 'workspaceMember') {
    // Everyone reads workspace members; writing them needs the WORKSPACE_MEMBERS flag.
    const canWrite = role.permissionFlags.some(
      (flag) =>
        flag === WORKSPACE_MEMBERS_PERMISSION_FLAG ||
        flag === 'WORKSPACE_MEMBERS',
    );
    return {
      canReadObjectRecords: true,
      canUpdateObjectRecords: canWrite,
      canSoftDeleteObjectRecords: canWrite,
      canDestroyObjectRecords: canWrite,
      restrictedFields: {},
    };
  }
  const override = role.objectPermissions.find(
    (permission) =>
      permission.objectUniversalIdentifier === object.universalIdentifier,
  );
  const valueOf = (
    overrideValue: boolean | null | undefined,
    roleWide: boolean,
  ): boolean => overrideValue ?? (object.isSystem ? true : roleWide);
  const restrictedFields: ObjectPermissions['restrictedFields'] = {};
  for (const permission of role.fieldPermissions) {
    if (permission.objectUniversalIdentifier !== object.universalIdentifier)
      continue;
    const field = object.fields.find(
      (candidate) =>
        candidate.universalIdentifier === permission.fieldUniversalIdentifier,
    );
    if (field === undefined) continue;
    const existing = restrictedFields[field.name];
    restrictedFields[field.name] = {
      canRead:
        field.name === object.labelIdentifierFieldName
          ? true
          : existing?.canRead === false
            ? false
            : permission.canReadFieldValue,
      canUpdate:
        existing?.canUpdate === false ? false : permission.canUpdateFieldValue,
    };
  }
  return {
    canReadObjectRecords: valueOf(
      override?.canReadObjectRecords,
      role.canReadAllObjectRecords,
    ),
    canUpdateObjectRecords: valueOf(
      override?.canUpdateObjectRecords,
      role.canUpdateAllObjectRecords,
    ),
    canSoftDeleteObjectRecords: valueOf(
      override?.canSoftDeleteObjectRecords,
      role.canSoftDeleteAllObjectRecords,
    ),
    canDestroyObjectRecords: valueOf(
      override?.canDestroyObjectRecords,
      role.canDestroyAllObjectRecords,
    ),
    restrictedFields,
  };
};

/**
 * The object and field permissions of a role on every object of the workspace, as Twenty
 * caches them: role-wide flags, overridden per object (system objects default to allowed),
 * workspaceMember always readable, field restrictions by field (Twenty:
 * engine/metadata-modules/workspace-permissions-cache/workspace-permissions-cache.service.ts).
 * `role` null: a principal without a role, which may do nothing.
 */
export const computeRolePermissions = ({
  metadata,
  role,
}: {
  metadata: WorkspaceMetadata;
  role: RoleDefinition | null;
}): RolePermissions => {
  return {
    roleUniversalIdentifier: role?.universalIdentifier ?? null,
    objects: Object.fromEntries(
      metadata.objects.map((object) => [
        object.nameSingular,
        role === null
          ? {
              canReadObjectRecords: false,
              canUpdateObjectRecords: false,
              canSoftDeleteObjectRecords: false,
              canDestroyObjectRecords: false,
              restrictedFields: {},
            }
          : computeObjectPermissions(role, object),
      ]),
    ),
  };
};
