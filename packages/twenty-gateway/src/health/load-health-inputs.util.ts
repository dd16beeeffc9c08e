import { z } from 'zod';

import { ok, type CreditPeriod, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { creditPeriodNodeSchema } from '../credit/schemas/credit-context.schema';
import { connectionOf } from '../credit/schemas/twenty-values.schema';
import { toCreditPeriod } from '../credit/to-domain-values.util';

/** Accounts, periods and missing-rate groups are read 200 at a time; the health check reads one page. */
export const HEALTH_PAGE_SIZE = 200;

// One request: the accounts (policy, reporting currency), the credit periods, the credit lines
// that have no reporting amount grouped by account and deal currency (the rates deals need),
// and the opportunities changed in the window the stale-credit check looks at.
export const LOAD_HEALTH_INPUTS_QUERY = `
query LoadHealthInputs($changedSince: DateTime!, $changedBefore: DateTime!) {
  globalAccounts(first: ${HEALTH_PAGE_SIZE}, orderBy: [{ id: AscNullsFirst }]) {
    edges { node { id name reportingCurrency creditPolicy } }
    pageInfo { hasNextPage endCursor }
  }
  creditPeriods(first: ${HEALTH_PAGE_SIZE}, orderBy: [{ startDate: AscNullsFirst }]) {
    edges { node { id name startDate endDate state } }
  }
  creditAllocationsGroupBy(
    groupBy: [{ globalAccountId: true }, { amount: { currencyCode: true } }]
    filter: { reportingAmount: { amountMicros: { is: NULL } }, status: { neq: REVERSED } }
    limit: ${HEALTH_PAGE_SIZE}
  ) {
    totalCount
    groupByDimensionValues
  }
  opportunities(
    first: ${HEALTH_PAGE_SIZE}
    filter: {
      and: [
        { updatedAt: { gte: $changedSince } }
        { updatedAt: { lte: $changedBefore } }
      ]
    }
    orderBy: [{ updatedAt: DescNullsLast }]
  ) {
    edges { node { id } }
  }
}`;

const responseSchema = z.object({
  globalAccounts: connectionOf(
    z.object({
      id: z.string(),
      name: z.string().nullable(),
      reportingCurrency: z.string().nullable(),
      creditPolicy: z.unknown(),
    }),
  ),
  creditPeriods: connectionOf(creditPeriodNodeSchema),
  creditAllocationsGroupBy: z.array(
    z.object({
      totalCount: z.number(),
      groupByDimensionValues: z.array(z.unknown()),
    }),
  ),
  opportunities: connectionOf(z.object({ id: z.string() })),
});

export type HealthInputs = {
  accounts: {
    id: string;
    name: string;
    reportingCurrency: string | null;
    creditPolicy: unknown;
  }[];
  /** Periods that could be read; unreadable ones are listed in `periodProblems`. */
  periods: CreditPeriod[];
  periodProblems: string[];
  /** Credit lines without a reporting amount, by deal currency and account reporting currency. */
  linesWithoutReportingAmount: {
    fromCurrency: string;
    toCurrency: string;
    lines: number;
  }[];
  changedOpportunityIds: string[];
};

/** Everything the health check reads, in one request. */
export const loadHealthInputs = async ({
  client,
  changedSince,
  changedBefore,
  defaultReportingCurrency,
}: {
  client: GraphqlClient;
  changedSince: Date;
  changedBefore: Date;
  defaultReportingCurrency: string;
}): Promise<Result<HealthInputs, GatewayError>> => {
  const response = await client.request(
    LOAD_HEALTH_INPUTS_QUERY,
    {
      changedSince: changedSince.toISOString(),
      changedBefore: changedBefore.toISOString(),
    },
    responseSchema,
  );
  if (!response.success) return response;
  const data = response.data;
  const accounts = data.globalAccounts.edges.map(({ node }) => ({
    id: node.id,
    name: node.name ?? node.id,
    reportingCurrency: node.reportingCurrency,
    creditPolicy: node.creditPolicy,
  }));
  const currencyOf = new Map(
    accounts.map((account) => [
      account.id,
      account.reportingCurrency ?? defaultReportingCurrency,
    ]),
  );
  const periods: CreditPeriod[] = [];
  const periodProblems: string[] = [];
  for (const { node } of data.creditPeriods.edges) {
    const period = toCreditPeriod(node);
    if (period.success) periods.push(period.data);
    else periodProblems.push(period.error);
  }
  const linesWithoutReportingAmount = data.creditAllocationsGroupBy.flatMap(
    (group) => {
      const [accountId, fromCurrency] = group.groupByDimensionValues;
      const toCurrency =
        typeof accountId === 'string' ? currencyOf.get(accountId) : undefined;
      return typeof fromCurrency === 'string' &&
        fromCurrency !== '' &&
        toCurrency !== undefined
        ? [{ fromCurrency, toCurrency, lines: group.totalCount }]
        : [];
    },
  );
  return ok({
    accounts,
    periods,
    periodProblems,
    linesWithoutReportingAmount,
    changedOpportunityIds: data.opportunities.edges.map(({ node }) => node.id),
  });
};
