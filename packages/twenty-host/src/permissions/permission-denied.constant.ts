// engine/metadata-modules/permissions/permissions.exception.ts (PermissionsExceptionMessage)
export const PERMISSION_DENIED_MESSAGE = 'User does not have permission';

// engine/metadata-modules/permissions/utils/permission-graphql-api-exception-handler.util.ts
export const PERMISSION_DENIED_USER_FRIENDLY_MESSAGE =
  'User does not have permission.';
