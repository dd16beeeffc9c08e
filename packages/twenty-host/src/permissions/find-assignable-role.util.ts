import { type RoleDefinition } from './role-definition.type';

/**
 * The role a user or API key is given, refused as Twenty refuses it: unknown role, or a role
 * that cannot be assigned to that kind of principal (Twenty:
 * engine/core-modules/api-key/services/api-key-role.service.ts for API keys, the role-target
 * validation for users).
 */
export const findAssignableRole = ({
  roles,
  roleUniversalIdentifier,
  assignee,
}: {
  roles: RoleDefinition[];
  roleUniversalIdentifier: string;
  assignee: 'users' | 'apiKeys';
}): RoleDefinition => {
  const role = roles.find(
    (candidate) => candidate.universalIdentifier === roleUniversalIdentifier,
  );
  if (role === undefined) {
    throw new Error(
      `Role with id ${roleUniversalIdentifier} not found in workspace`,
    );
  }
  const isAssignable =
    assignee === 'users'
      ? role.canBeAssignedToUsers
      : role.canBeAssignedToApiKeys;
  if (!isAssignable) {
    throw new Error(
      `Role "${role.label}" cannot be assigned to ${assignee === 'users' ? 'users' : 'API keys'}`,
    );
  }
  return role;
};
