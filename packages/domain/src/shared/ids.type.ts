// Branded ids: passing an OpportunityId where a WorkspaceMemberId is expected does not compile.
type Brand<TValue, TName extends string> = TValue & { readonly __brand: TName };

export type WorkspaceMemberId = Brand<string, 'WorkspaceMemberId'>;
export type OpportunityId = Brand<string, 'OpportunityId'>;
export type CompanyId = Brand<string, 'CompanyId'>;
export type GlobalAccountId = Brand<string, 'GlobalAccountId'>;
export type TeamMemberId = Brand<string, 'TeamMemberId'>;
export type CreditLineId = Brand<string, 'CreditLineId'>;
