/** Who a token acts as. */
export type Principal =
  | { kind: 'apiKey' }
  | { kind: 'user'; workspaceMemberId: string }
  | {
      kind: 'application';
      runId?: string;
      functionName?: string;
      failAtRequest?: number;
    };

export type AuthenticatedPrincipal = { token: string; principal: Principal };
