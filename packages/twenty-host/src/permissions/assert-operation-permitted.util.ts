import { type ObjectMetadata } from '../manifest/object-metadata.type';
import { RecordsException } from '../records/records.exception';
import {
  type PermissionOperation,
  type RolePermissions,
} from './object-permissions.type';
import {
  PERMISSION_DENIED_MESSAGE,
  PERMISSION_DENIED_USER_FRIENDLY_MESSAGE,
} from './permission-denied.constant';

const deny = (message: string): RecordsException =>
  new RecordsException(message, 'PERMISSION_DENIED', {
    userFriendlyMessage: PERMISSION_DENIED_USER_FRIENDLY_MESSAGE,
  });

/**
 * Throws Twenty's PERMISSION_DENIED when `permissions` do not allow `operation` on `object`:
 * select needs canRead, insert/update canUpdate, soft-delete/restore canSoftDelete, delete
 * (destroy) canDestroy, and a written field must not be `canUpdate: false` (Twenty:
 * engine/twenty-orm/repository/permissions.utils.ts validateOperationIsPermittedOrThrow).
 * `permissions` undefined: a full-access principal (admin API key, admin user).
 */
export const assertOperationPermitted = ({
  permissions,
  object,
  operation,
  updatedFieldNames = [],
}: {
  permissions: RolePermissions | undefined;
  object: ObjectMetadata;
  operation: PermissionOperation;
  updatedFieldNames?: string[];
}): void => {
  if (permissions === undefined) return;
  const forObject = permissions.objects[object.nameSingular];
  if (forObject === undefined) throw deny(PERMISSION_DENIED_MESSAGE);
  const allowed: Record<PermissionOperation, boolean> = {
    select: forObject.canReadObjectRecords,
    insert: forObject.canUpdateObjectRecords,
    update: forObject.canUpdateObjectRecords,
    delete: forObject.canDestroyObjectRecords,
    restore: forObject.canSoftDeleteObjectRecords,
    'soft-delete': forObject.canSoftDeleteObjectRecords,
  };
  if (!allowed[operation]) throw deny(PERMISSION_DENIED_MESSAGE);
  if (operation !== 'insert' && operation !== 'update') return;
  for (const fieldName of updatedFieldNames) {
    if (forObject.restrictedFields[fieldName]?.canUpdate === false) {
      throw deny(
        `${PERMISSION_DENIED_MESSAGE}: no permission to write field "${fieldName}" on "${object.nameSingular}"`,
      );
    }
  }
};
