/** What a role may do on one object (Twenty: twenty-shared ObjectsPermissions). */
export type ObjectPermissions = {
  canReadObjectRecords: boolean;
  canUpdateObjectRecords: boolean;
  canSoftDeleteObjectRecords: boolean;
  canDestroyObjectRecords: boolean;
  /** By field name. */
  restrictedFields: Record<
    string,
    { canRead?: boolean | null; canUpdate?: boolean | null }
  >;
};

/** The permissions a request acts with: one entry per object nameSingular. */
export type RolePermissions = {
  roleUniversalIdentifier: string | null;
  objects: Record<string, ObjectPermissions>;
};

export const PERMISSION_OPERATIONS = [
  'select',
  'insert',
  'update',
  'delete',
  'restore',
  'soft-delete',
] as const;

/** Twenty: twenty-orm/repository/permissions.utils.ts `OperationType`. */
export type PermissionOperation = (typeof PERMISSION_OPERATIONS)[number];
