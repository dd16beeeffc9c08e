// The gateway's public API: every name other packages may import, listed explicitly.
export {
  isTransientGatewayError,
  type GatewayError,
} from './client/gateway-error.type';
export {
  createGraphqlClient,
  type GraphqlClient,
  type GraphqlClientConfig,
} from './client/graphql-client.util';
export { countRootFields } from './client/count-root-fields.util';
export {
  loadCreditContexts,
  type CreditRefusal,
  type LoadedCreditContexts,
} from './credit/load-credit-contexts.util';
export {
  type CreditContext,
  type LoadedCreditContext,
} from './credit/to-credit-context.util';
export {
  MAX_RECORDS_PER_WRITE,
  saveCreditChanges,
  type CreditChanges,
} from './credit/save-credit-changes.util';
export { MAX_OPPORTUNITIES_PER_LOAD } from './credit/credit-context.query';
export { type ConflictNode } from './credit/schemas/credit-context.schema';
export {
  ROOT_PAGE_SIZE,
  MAX_ROOT_FIELDS_PER_DOCUMENT,
} from './paging/root-page-request.type';
export {
  loadAccountCoverage,
  type AccountCoverage,
} from './scope/load-account-coverage.util';
export {
  findOpportunityIds,
  OPPORTUNITY_PAGE_SIZE,
  type OpportunityIdPage,
  type OpportunityScope,
} from './scope/find-opportunity-ids.util';
export { GRAPHQL_DOCUMENTS } from './graphql-documents.constant';
export {
  SYSTEM_GATEWAY_CLOCK,
  type GatewayClock,
} from './client/gateway-clock.type';
export {
  DEFAULT_APP_BUDGET,
  computeRateLimitWait,
  readRateLimitBudget,
  type RateLimitBudget,
} from './client/rate-limit-wait.util';

// Issue 9 part A: agreement progress, settlements and alerts.
export {
  loadAgreementFamilies,
  type AgreementFamily,
  type LoadedAgreement,
  type LoadedAgreementFamilies,
} from './agreements/load-agreement-families.util';
export {
  saveAgreementChanges,
  type AgreementChanges,
  type AgreementProgressFields,
  type SettlementWrite,
} from './agreements/save-agreement-changes.util';
export {
  findAgreementFamilies,
  type AgreementFamilyLookup,
} from './agreements/find-agreement-families.util';
export {
  loadCompanyMemberships,
  saveCompanyMembershipDates,
  type CompanyMembership,
} from './agreements/company-memberships.util';
export { type AgreementNode } from './agreements/schemas/agreement-family.schema';
// Deal compliance against framework agreements (issue 9, part B).
export {
  loadComplianceContexts,
  type ComplianceContext,
  type ComplianceRefusal,
  type LoadedComplianceContexts,
} from './compliance/load-compliance-contexts.util';
export {
  saveComplianceChanges,
  type ComplianceChanges,
} from './compliance/save-compliance-changes.util';
export {
  findComplianceOpportunityIds,
  findFamilyCompanyIds,
  type ComplianceScope,
} from './compliance/find-compliance-opportunity-ids.util';
export { MAX_OPPORTUNITIES_PER_COMPLIANCE_LOAD } from './compliance/compliance-context.query';

// Conflicts of deleted deals and agreements: resolved in one request.
export {
  RESOLVE_OPEN_CONFLICTS_MUTATION,
  resolveOpenConflicts,
} from './conflicts/resolve-open-conflicts.util';
export { AGREEMENT_LEVEL_CONFLICT_KINDS } from './agreements/agreement-family.query';

// Issue 12: the post-install step and the health check.
export {
  HEALTH_PAGE_SIZE,
  loadHealthInputs,
  type HealthInputs,
} from './health/load-health-inputs.util';
export {
  createCreditPeriod,
  loadCreditPeriodBounds,
} from './health/create-credit-period.util';
// Conflict radar, company side (issue 10): candidates by indexed match keys, keys and conflicts written in batches.
export {
  COMPANY_RADAR_KINDS,
  type CorporateAccountNode,
  type RadarCompanyNode,
  type RadarConflictNode,
  type RadarOpportunityNode,
  type RadarTeamMemberNode,
} from './conflict-radar/company-radar.schema';
export {
  loadCompanyRadar,
  loadRadarCandidates,
  loadRadarCompanyPage,
  loadRadarConflictsByKey,
  loadRadarFacts,
  type CompanyRadarLoad,
  type RadarFacts,
} from './conflict-radar/load-company-radar.util';
export {
  saveCompanyRadarChanges,
  type CompanyKeyWrite,
  type CompanyRadarChanges,
} from './conflict-radar/save-company-radar.util';
// Issue 10, deal side of the conflict radar: cross-region prospects and the prospect check.
export {
  loadAccountFacts,
  loadCompanyCandidates,
  loadProspectDeals,
} from './deal-radar/load-deal-radar.util';
export {
  toPersonName,
  type OpenDealNode,
  type ProspectCompanyNode,
  type ProspectOpportunityNode,
  type TeamMemberNode,
} from './deal-radar/deal-radar.schema';
// Roll-ups, hierarchy and account plans (issue 11).
export {
  isTooManyRollupGroups,
  loadRollupContexts,
  type RollupContext,
} from './rollups/load-rollup-contexts.util';
export {
  markRollupsStale,
  saveRollups,
  type ObjectiveWrite,
  type RollupWrite,
} from './rollups/save-rollups.util';
export { findAllGlobalAccountIds } from './rollups/find-global-account-ids.util';
export {
  findAccountsOfCompanies,
  loadCompanyAncestors,
  saveHierarchyDecisions,
  type CompanyHierarchyWrite,
  type HierarchyCompany,
  type HierarchyConflictWrite,
} from './rollups/company-hierarchy.util';
// Issue 11: the lists the global account cockpit shows beside the roll-up.
export {
  loadAccountCockpitLists,
  type AccountCockpitLists,
} from './cockpit/load-account-cockpit.util';
// Issue 11: "Explain this split" reads a deal's live credit lines.
export {
  loadCreditSplit,
  type LoadedCreditSplit,
  type SplitCandidate,
} from './credit/load-credit-split.util';
// The credit split editor saves a manager's split in one request, as the viewer.
export { manualSplitMutation } from './credit/manual-split-mutation.util';
