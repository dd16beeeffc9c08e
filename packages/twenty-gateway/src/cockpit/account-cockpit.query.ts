import { z } from 'zod';

import { currencySchema } from '../credit/schemas/twenty-values.schema';
import { personNameSchema } from '../schemas/person-name.schema';
import { type RootPageRequest } from '../paging/root-page-request.type';

export const cockpitCreditLineNodeSchema = z.object({
  countryCode: z.string().nullable(),
  creditType: z.string().nullable(),
  status: z.string().nullable(),
  reportingAmount: currencySchema,
});

export const cockpitConflictNodeSchema = z.object({
  kind: z.string().nullable(),
  severity: z.string().nullable(),
  summary: z.string().nullable(),
  assignee: z.object({ name: personNameSchema }).nullable(),
});

export const cockpitAgreementNodeSchema = z.object({
  name: z.string().nullable(),
  status: z.string().nullable(),
  currency: z.string().nullable(),
  volumeToDate: currencySchema,
  nextTierThreshold: currencySchema,
  currentRebatePercent: z.number().nullable(),
});

/** The lists of one account the cockpit shows, each a root query read to its end. */
export const cockpitPageRequests = (globalAccountId: string) =>
  ({
    creditLines: {
      field: 'creditAllocations',
      typeName: 'CreditAllocation',
      filter: {
        globalAccountId: { eq: globalAccountId },
        creditType: { eq: 'REVENUE' },
        status: { in: ['CREDITED', 'PROVISIONAL'] },
      },
      selection:
        'countryCode creditType status reportingAmount { amountMicros currencyCode }',
      node: cockpitCreditLineNodeSchema,
    },
    conflicts: {
      field: 'conflicts',
      typeName: 'Conflict',
      filter: {
        globalAccountId: { eq: globalAccountId },
        status: { eq: 'OPEN' },
      },
      selection:
        'kind severity summary assignee { name { firstName lastName } }',
      node: cockpitConflictNodeSchema,
    },
    agreements: {
      field: 'frameworkAgreements',
      typeName: 'FrameworkAgreement',
      filter: { globalAccountId: { eq: globalAccountId } },
      selection:
        'name status currency volumeToDate { amountMicros currencyCode } nextTierThreshold { amountMicros currencyCode } currentRebatePercent',
      node: cockpitAgreementNodeSchema,
    },
  }) satisfies Record<string, RootPageRequest>;

const activityConnection = <TNode extends z.ZodType>(node: TNode) =>
  z.object({ edges: z.array(z.object({ node })) });

export const recentActivitySchema = z.object({
  opportunities: activityConnection(
    z.object({
      name: z.string().nullable(),
      stage: z.string().nullable(),
      companyId: z.string().nullable(),
      updatedAt: z.string(),
    }),
  ),
  taskTargets: activityConnection(
    z.object({
      targetCompanyId: z.string().nullable(),
      task: z
        .object({ title: z.string().nullable(), updatedAt: z.string() })
        .nullable(),
    }),
  ),
  noteTargets: activityConnection(
    z.object({
      targetCompanyId: z.string().nullable(),
      note: z
        .object({ title: z.string().nullable(), updatedAt: z.string() })
        .nullable(),
    }),
  ),
});

/**
 * The family's newest deals, tasks and notes: one page of each, newest first (a root query
 * with orderBy, since Twenty ignores orderBy on nested connections).
 */
export const RECENT_ACTIVITY_QUERY = `query CockpitRecentActivity($companyIds: [UUID!], $first: Int) {
  opportunities(filter: { companyId: { in: $companyIds } }, orderBy: [{ updatedAt: DescNullsLast }], first: $first) {
    edges { node { name stage companyId updatedAt } }
  }
  taskTargets(filter: { targetCompanyId: { in: $companyIds } }, orderBy: [{ updatedAt: DescNullsLast }], first: $first) {
    edges { node { targetCompanyId task { title updatedAt } } }
  }
  noteTargets(filter: { targetCompanyId: { in: $companyIds } }, orderBy: [{ updatedAt: DescNullsLast }], first: $first) {
    edges { node { targetCompanyId note { title updatedAt } } }
  }
}`;
