import { type RolePermissions } from '../permissions/object-permissions.type';

/** Who a token acts as; `permissions` absent = admin (the workspace's default API key). */
export type Principal =
  | { kind: 'apiKey'; permissions?: RolePermissions }
  | {
      kind: 'user';
      workspaceMemberId: string;
      permissions?: RolePermissions;
    }
  | {
      kind: 'application';
      runId?: string;
      functionName?: string;
      failAtRequest?: number;
    };

export type AuthenticatedPrincipal = { token: string; principal: Principal };
