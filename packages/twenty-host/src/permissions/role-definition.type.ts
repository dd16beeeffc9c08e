/** A role as the twenty-sdk build writes it in `manifest.json` (`roles[]`). */
export type RoleObjectPermission = {
  objectUniversalIdentifier: string;
  canReadObjectRecords?: boolean | null;
  canUpdateObjectRecords?: boolean | null;
  canSoftDeleteObjectRecords?: boolean | null;
  canDestroyObjectRecords?: boolean | null;
};

export type RoleFieldPermission = {
  objectUniversalIdentifier: string;
  fieldUniversalIdentifier: string;
  canReadFieldValue?: boolean | null;
  canUpdateFieldValue?: boolean | null;
};

export type RoleDefinition = {
  universalIdentifier: string;
  label: string;
  canReadAllObjectRecords: boolean;
  canUpdateAllObjectRecords: boolean;
  canSoftDeleteAllObjectRecords: boolean;
  canDestroyAllObjectRecords: boolean;
  canBeAssignedToUsers: boolean;
  canBeAssignedToApiKeys: boolean;
  objectPermissions: RoleObjectPermission[];
  fieldPermissions: RoleFieldPermission[];
  /** Permission flags the role grants (e.g. WORKSPACE_MEMBERS), by universal identifier or name. */
  permissionFlags: string[];
};
