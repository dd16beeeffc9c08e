import { missingOwnerKey, invalidInputKey } from '@global-accounts/domain';

import { type RootPageRequest } from '../paging/root-page-request.type';
import {
  conflictNodeSchema,
  creditLineNodeSchema,
  creditPeriodNodeSchema,
  opportunityNodeSchema,
  teamMemberNodeSchema,
} from './schemas/credit-context.schema';

// Root queries only (see fetchRootPages): a batch of up to 200 opportunities costs two
// requests in the common case, one for the opportunities, their lines and conflicts and the
// periods, one for their accounts' teams and conflicts; long lists add one request per 200 rows.
export const MAX_OPPORTUNITIES_PER_LOAD = 200;

const CREDIT_LINE_FIELDS = `id opportunityId globalAccountId recipientId countryCode creditType percent
  amount { amountMicros currencyCode } reportingAmount { amountMicros currencyCode }
  period entryType status source reason entryKey`;
const CONFLICT_FIELDS = 'id dedupeKey status summary globalAccountId';
const TEAM_MEMBER_FIELDS =
  'id globalAccountId workspaceMemberId role countryCode startDate endDate';
const OPPORTUNITY_FIELDS = `id amount { amountMicros currencyCode } stage closeDate ownerId companyId bookingCountry shipToCountry deletedAt
  company { id countryCode globalAccountId
    globalAccount { id globalAccountManagerId reportingCurrency creditPolicy lastValidCreditPolicy deletedAt } }`;

const WITH_DELETED = {
  or: [{ deletedAt: { is: 'NULL' } }, { deletedAt: { is: 'NOT_NULL' } }],
};

/** Conflicts an opportunity raises on itself; found by dedupeKey, so a nulled opportunityId does not hide them. */
const opportunityConflictKeys = (opportunityIds: readonly string[]): string[] =>
  opportunityIds.flatMap((id) => [
    missingOwnerKey(id as never),
    invalidInputKey(id),
  ]);

export const opportunityPageRequests = ({
  opportunityIds,
}: {
  opportunityIds: readonly string[];
}) =>
  ({
    opportunities: {
      field: 'opportunities',
      typeName: 'Opportunity',
      filter: { and: [{ id: { in: opportunityIds } }, WITH_DELETED] },
      selection: OPPORTUNITY_FIELDS,
      node: opportunityNodeSchema,
    },
    lines: {
      field: 'creditAllocations',
      typeName: 'CreditAllocation',
      filter: { opportunityId: { in: opportunityIds } },
      selection: CREDIT_LINE_FIELDS,
      node: creditLineNodeSchema,
    },
    opportunityConflicts: {
      field: 'conflicts',
      typeName: 'Conflict',
      filter: { dedupeKey: { in: opportunityConflictKeys(opportunityIds) } },
      selection: CONFLICT_FIELDS,
      node: conflictNodeSchema,
    },
    periods: {
      field: 'creditPeriods',
      typeName: 'CreditPeriod',
      filter: {},
      selection: 'id name startDate endDate state',
      node: creditPeriodNodeSchema,
    },
  }) satisfies Record<string, RootPageRequest>;

// Account-level conflicts the credit engine raises and resolves.
export const ACCOUNT_CONFLICT_KINDS = [
  'UNCOVERED_COUNTRY',
  'INVALID_POLICY',
  'INVALID_INPUT',
] as const;

export const accountPageRequests = ({
  globalAccountIds,
}: {
  globalAccountIds: readonly string[];
}) =>
  ({
    team: {
      field: 'accountTeamMembers',
      typeName: 'AccountTeamMember',
      filter: { globalAccountId: { in: globalAccountIds } },
      selection: TEAM_MEMBER_FIELDS,
      node: teamMemberNodeSchema,
    },
    accountConflicts: {
      field: 'conflicts',
      typeName: 'Conflict',
      filter: {
        and: [
          { globalAccountId: { in: globalAccountIds } },
          { kind: { in: ACCOUNT_CONFLICT_KINDS } },
          { opportunityId: { is: 'NULL' } },
        ],
      },
      selection: CONFLICT_FIELDS,
      node: conflictNodeSchema,
    },
  }) satisfies Record<string, RootPageRequest>;

/**
 * Twenty may null creditAllocation.opportunityId (SET_NULL) when the opportunity is
 * soft-deleted: its lines are still found by their entryKey, which starts with its id
 * (buildEntryKey in the domain).
 */
export const deletedOpportunityLinesPageRequest = ({
  deletedOpportunityIds,
}: {
  deletedOpportunityIds: readonly string[];
}) =>
  ({
    field: 'creditAllocations',
    typeName: 'CreditAllocation',
    filter: {
      and: [
        { opportunityId: { is: 'NULL' } },
        {
          or: deletedOpportunityIds.map((id) => ({
            entryKey: { like: `${id}:%` },
          })),
        },
      ],
    },
    selection: CREDIT_LINE_FIELDS,
    node: creditLineNodeSchema,
  }) satisfies RootPageRequest;
