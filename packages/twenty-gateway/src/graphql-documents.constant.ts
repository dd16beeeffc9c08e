import {
  accountPageRequests,
  deletedOpportunityLinesPageRequest,
  opportunityPageRequests,
} from './credit/credit-context.query';
import {
  SAVE_LAST_VALID_POLICY_MUTATION,
  SAVE_CONFLICTS_MUTATION,
  SAVE_LINES_AND_CONFLICTS_MUTATION,
  SAVE_LINES_MUTATION,
} from './credit/save-credit-changes.util';
import { RESOLVE_OPEN_CONFLICTS_MUTATION } from './conflicts/resolve-open-conflicts.util';
import { buildRootPagesDocument } from './paging/build-root-pages-document.util';
import { accountCoverageRequests } from './scope/account-coverage.query';
import { FIND_OPPORTUNITY_IDS_QUERY } from './scope/find-opportunity-ids.util';
import { type RootPageRequest } from './paging/root-page-request.type';
import {
  agreementDetailPageRequests,
  familyPageRequests,
} from './agreements/agreement-family.query';
import { buildAgreementDetailsDocument } from './agreements/build-agreement-details-document.util';
import { buildSaveAgreementChangesDocument } from './agreements/save-agreement-changes.util';
import { agreementFamilyLookupRequests } from './agreements/find-agreement-families.util';
import {
  companyMembershipRequest,
  SAVE_MEMBERSHIP_DATES_MUTATION,
} from './agreements/company-memberships.util';

import { LOAD_HEALTH_INPUTS_QUERY } from './health/load-health-inputs.util';
import {
  CREATE_CREDIT_PERIOD_MUTATION,
  LOAD_CREDIT_PERIODS_QUERY,
} from './health/create-credit-period.util';

import {
  creditSplitPageRequests,
  splitCandidatePageRequests,
} from './credit/load-credit-split.util';
import {
  cockpitPageRequests,
  RECENT_ACTIVITY_QUERY,
} from './cockpit/account-cockpit.query';

const ID = '00000000-0000-4000-8000-000000000000';

const rootPagesDocument = (requests: Record<string, RootPageRequest>) =>
  buildRootPagesDocument({
    slots: Object.values(requests).map((request, index) => ({
      alias: `r${index}`,
      request,
      after: null,
    })),
  }).document;

/** Every GraphQL document the app sends (the built ones in their largest shape), so tests can validate them against a workspace schema. */
export const GRAPHQL_DOCUMENTS: Readonly<Record<string, string>> = {
  LOAD_CREDIT_CONTEXT_QUERY: rootPagesDocument(
    opportunityPageRequests({ opportunityIds: [ID] }),
  ),
  LOAD_CREDIT_ACCOUNTS_QUERY: rootPagesDocument({
    ...accountPageRequests({ globalAccountIds: [ID] }),
    deletedLines: deletedOpportunityLinesPageRequest({
      deletedOpportunityIds: [ID],
    }),
  }),
  SAVE_LINES_MUTATION,
  SAVE_LINES_AND_CONFLICTS_MUTATION,
  SAVE_CONFLICTS_MUTATION,
  SAVE_LAST_VALID_POLICY_MUTATION,
  RESOLVE_OPEN_CONFLICTS_MUTATION,
  FIND_OPPORTUNITY_IDS_QUERY,
  LOAD_ACCOUNT_COVERAGE_QUERY: rootPagesDocument(
    accountCoverageRequests({ globalAccountId: ID }),
  ),
  LOAD_AGREEMENT_FAMILIES_QUERY: rootPagesDocument(
    familyPageRequests({ globalAccountIds: [ID] }),
  ),
  LOAD_AGREEMENT_DETAILS_QUERY: buildAgreementDetailsDocument({
    requests: agreementDetailPageRequests({ agreementIds: [ID] }),
    volumeFilter: {},
  }).document,
  SAVE_AGREEMENT_CHANGES_MUTATION: buildSaveAgreementChangesDocument({
    settlements: true,
    conflicts: true,
    progress: true,
  }),
  FIND_AGREEMENT_FAMILIES_QUERY: rootPagesDocument(
    agreementFamilyLookupRequests({
      agreementIds: [ID],
      companyIds: [ID],
      overlapping: { from: '2026-01-01', toInclusive: '2026-03-31' },
      active: true,
    }),
  ),
  LOAD_COMPANY_MEMBERSHIPS_QUERY: rootPagesDocument({
    companies: companyMembershipRequest([ID]),
  }),
  SAVE_MEMBERSHIP_DATES_MUTATION,
  LOAD_HEALTH_INPUTS_QUERY,
  LOAD_CREDIT_PERIODS_QUERY,
  CREATE_CREDIT_PERIOD_MUTATION,
  LOAD_ACCOUNT_COCKPIT_LISTS_QUERY: rootPagesDocument(cockpitPageRequests(ID)),
  RECENT_ACTIVITY_QUERY,
  LOAD_CREDIT_SPLIT_QUERY: rootPagesDocument(creditSplitPageRequests(ID)),
  LOAD_SPLIT_CANDIDATES_QUERY: rootPagesDocument(
    splitCandidatePageRequests(ID, '2026-01-01'),
  ),
};
