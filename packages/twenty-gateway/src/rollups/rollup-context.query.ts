import { z } from 'zod';

import { teamMemberNodeSchema } from '../credit/schemas/credit-context.schema';
import { currencySchema } from '../credit/schemas/twenty-values.schema';
import { type RootPageRequest } from '../paging/root-page-request.type';

export const rollupAccountNodeSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  reportingCurrency: z.string().nullable(),
  annualTarget: currencySchema.optional(),
  rollupStatus: z.string().nullable(),
  rollupCalculatedAt: z.string().nullable(),
});
export type RollupAccountNode = z.infer<typeof rollupAccountNodeSchema>;

export const rollupCompanyNodeSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  globalAccountId: z.string().nullable(),
  countryCode: z.string().nullable(),
  parentCompanyId: z.string().nullable(),
  globalAccountSince: z.string().nullable(),
});
export type RollupCompanyNode = z.infer<typeof rollupCompanyNodeSchema>;

export const rollupPlanNodeSchema = z.object({
  id: z.string(),
  globalAccountId: z.string().nullable(),
  status: z.string().nullable(),
  lastReviewedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type RollupPlanNode = z.infer<typeof rollupPlanNodeSchema>;

export const rollupObjectiveNodeSchema = z.object({
  id: z.string(),
  accountPlanId: z.string().nullable(),
  measure: z.string().nullable(),
  countryCode: z.string().nullable(),
  targetValue: z.number().nullable(),
  currentValue: z.number().nullable(),
  dueDate: z.string().nullable(),
  status: z.string().nullable(),
  createdAt: z.string(),
});
export type RollupObjectiveNode = z.infer<typeof rollupObjectiveNodeSchema>;

/** Request 1: the accounts and what their ids reach (companies, team, plans). */
export const rollupPageRequests = ({
  globalAccountIds,
}: {
  globalAccountIds: readonly string[];
}) =>
  ({
    accounts: {
      field: 'globalAccounts',
      typeName: 'GlobalAccount',
      filter: { id: { in: globalAccountIds } },
      selection:
        'id name reportingCurrency annualTarget { amountMicros currencyCode } rollupStatus rollupCalculatedAt',
      node: rollupAccountNodeSchema,
    },
    companies: {
      field: 'companies',
      typeName: 'Company',
      filter: { globalAccountId: { in: globalAccountIds } },
      selection:
        'id name globalAccountId countryCode parentCompanyId globalAccountSince',
      node: rollupCompanyNodeSchema,
    },
    team: {
      field: 'accountTeamMembers',
      typeName: 'AccountTeamMember',
      filter: { globalAccountId: { in: globalAccountIds } },
      selection:
        'id globalAccountId workspaceMemberId role countryCode startDate endDate',
      node: teamMemberNodeSchema,
    },
    plans: {
      field: 'accountPlans',
      typeName: 'AccountPlan',
      filter: { globalAccountId: { in: globalAccountIds } },
      selection: 'id globalAccountId status lastReviewedAt createdAt',
      node: rollupPlanNodeSchema,
    },
  }) satisfies Record<string, RootPageRequest>;

/** Request 2 (with the opportunity group-by): the plans' objectives. */
export const objectivePageRequests = ({
  planIds,
}: {
  planIds: readonly string[];
}) =>
  ({
    objectives: {
      field: 'accountPlanObjectives',
      typeName: 'AccountPlanObjective',
      filter: { accountPlanId: { in: planIds } },
      selection:
        'id accountPlanId measure countryCode targetValue currentValue dueDate status createdAt',
      node: rollupObjectiveNodeSchema,
    },
  }) satisfies Record<string, RootPageRequest>;

// Twenty answers at most `limit` groups, with no cursor over groups
// (graphql-query-runner/group-by/utils/get-group-limit.util.ts): ask for more than a load can
// have and refuse an answer that fills the limit rather than undercount.
export const MAX_ROLLUP_GROUPS = 50_000;

/** Open conflicts per account: one group-by row per account, with its totalCount. */
export const OPEN_CONFLICTS_GROUP_BY_FIELD = `openConflicts: conflictsGroupBy(
    groupBy: [{ globalAccountId: true }],
    filter: $conflictFilter,
    limit: ${MAX_ROLLUP_GROUPS}
  ) { groupByDimensionValues totalCount }`;

/**
 * Amounts of the accounts' member companies by company, stage, currency, ship-to country and
 * close month (UTC): never one row per deal, whatever the deal count.
 */
export const OPPORTUNITY_GROUP_BY_FIELD = `amounts: opportunitiesGroupBy(
    groupBy: [{ companyId: true }, { stage: true }, { amount: { currencyCode: true } }, { shipToCountry: true }, { closeDate: { granularity: MONTH, timeZone: "UTC" } }],
    filter: $amountFilter,
    limit: ${MAX_ROLLUP_GROUPS}
  ) { groupByDimensionValues sumAmountAmountMicros }`;

export const openConflictGroupSchema = z.object({
  groupByDimensionValues: z.tuple([z.string().nullable()]),
  totalCount: z.number(),
});

export const amountGroupSchema = z.object({
  groupByDimensionValues: z.tuple([
    z.string().nullable(),
    z.string().nullable(),
    z.string().nullable(),
    z.string().nullable(),
    z.string().nullable(),
  ]),
  sumAmountAmountMicros: z.union([z.number(), z.string()]).nullable(),
});
export type AmountGroup = z.infer<typeof amountGroupSchema>;
