import {
  DEAL_STATUS_CONFLICTS,
  PARALLEL_IMPORT_KIND,
} from '@global-accounts/domain';

import { type RootPageRequest } from '../paging/root-page-request.type';
import {
  agreementNodeSchema,
  complianceConflictNodeSchema,
  complianceOpportunityNodeSchema,
} from './schemas/compliance-node.schema';

// Root queries only (see fetchRootPages): a batch of up to 200 opportunities costs two
// requests, one for the deals (with their company and its account, to-one relations) and
// their conflicts, one for the agreements of their families and the ones they link to.
export const MAX_OPPORTUNITIES_PER_COMPLIANCE_LOAD = 200;

const ACCOUNT_REF = 'globalAccount { id globalAccountManagerId deletedAt }';
const OPPORTUNITY_FIELDS = `id ownerId companyId frameworkAgreementId agreementStatus closeDate
  bookingCountry shipToCountry
  amount { amountMicros currencyCode } listAmount { amountMicros currencyCode }
  company { id countryCode globalAccountId globalAccountSince ${ACCOUNT_REF} }`;
const AGREEMENT_FIELDS = `id name kind status startDate endDate currency coveredCountries
  agreedDiscountPercent retroactive priority globalAccountId ${ACCOUNT_REF}`;
const CONFLICT_FIELDS =
  'id dedupeKey status kind summary evidenceHash opportunityId';

/**
 * The conflict kinds a deal's agreement check raises, plus its refusal (INVALID_INPUT) and the
 * conflict radar's PARALLEL_IMPORT (judged from the same load).
 */
export const DEAL_CHECK_CONFLICT_KINDS = [
  ...new Set(
    Object.values(DEAL_STATUS_CONFLICTS).flatMap((entry) =>
      entry === null ? [] : [entry.kind],
    ),
  ),
  'INVALID_INPUT',
  PARALLEL_IMPORT_KIND,
];

export const dealPageRequests = ({
  opportunityIds,
}: {
  opportunityIds: readonly string[];
}) =>
  ({
    opportunities: {
      field: 'opportunities',
      typeName: 'Opportunity',
      filter: { id: { in: opportunityIds } },
      selection: OPPORTUNITY_FIELDS,
      node: complianceOpportunityNodeSchema,
    },
    conflicts: {
      field: 'conflicts',
      typeName: 'Conflict',
      filter: {
        and: [
          { opportunityId: { in: opportunityIds } },
          { kind: { in: DEAL_CHECK_CONFLICT_KINDS } },
        ],
      },
      selection: CONFLICT_FIELDS,
      node: complianceConflictNodeSchema,
    },
  }) satisfies Record<string, RootPageRequest>;

export const agreementPageRequest = ({
  globalAccountIds,
  agreementIds,
}: {
  globalAccountIds: readonly string[];
  agreementIds: readonly string[];
}) =>
  ({
    field: 'frameworkAgreements',
    typeName: 'FrameworkAgreement',
    filter: {
      or: [
        { globalAccountId: { in: globalAccountIds } },
        { id: { in: agreementIds } },
      ],
    },
    selection: AGREEMENT_FIELDS,
    node: agreementNodeSchema,
  }) satisfies RootPageRequest;
