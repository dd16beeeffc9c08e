import { z } from 'zod';

import {
  conflictNodeSchema,
  globalAccountNodeSchema,
  teamMemberNodeSchema,
} from '../credit/schemas/credit-context.schema';
import { type RootPageRequest } from '../paging/root-page-request.type';

/** Root queries for one account's coverage: the account, its companies, team and account conflicts. */
export const accountCoverageRequests = ({
  globalAccountId,
}: {
  globalAccountId: string;
}) =>
  ({
    account: {
      field: 'globalAccounts',
      typeName: 'GlobalAccount',
      filter: { id: { eq: globalAccountId } },
      selection:
        'id globalAccountManagerId reportingCurrency creditPolicy lastValidCreditPolicy deletedAt',
      node: globalAccountNodeSchema,
    },
    companies: {
      field: 'companies',
      typeName: 'Company',
      filter: { globalAccountId: { eq: globalAccountId } },
      selection: 'id countryCode',
      node: z.object({ id: z.string(), countryCode: z.string().nullable() }),
    },
    team: {
      field: 'accountTeamMembers',
      typeName: 'AccountTeamMember',
      filter: { globalAccountId: { eq: globalAccountId } },
      selection:
        'id globalAccountId workspaceMemberId role countryCode startDate endDate',
      node: teamMemberNodeSchema,
    },
    conflicts: {
      field: 'conflicts',
      typeName: 'Conflict',
      filter: {
        and: [
          { globalAccountId: { eq: globalAccountId } },
          { kind: { in: ['UNCOVERED_COUNTRY', 'INVALID_POLICY'] } },
          { opportunityId: { is: 'NULL' } },
        ],
      },
      selection: 'id dedupeKey status summary globalAccountId',
      node: conflictNodeSchema,
    },
  }) satisfies Record<string, RootPageRequest>;
