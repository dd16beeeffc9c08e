import { z } from 'zod';

import {
  fail,
  ok,
  type CreditLedgerInput,
  type CreditLine,
  type CurrencyCode,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import {
  LOAD_CREDIT_CONTEXT_QUERY,
  LOAD_CREDIT_LINES_PAGE_QUERY,
  MAX_OPPORTUNITIES_PER_LOAD,
} from './credit-context.query';
import {
  creditContextResponseSchema,
  creditLineNodeSchema,
  type ConflictNode,
  type CreditLineNode,
  type OpportunityNode,
} from './schemas/credit-context.schema';
import { connectionOf } from './schemas/twenty-values.schema';
import {
  toCreditLine,
  toCreditPeriod,
  toMoney,
  toTeamMember,
} from './to-domain-values.util';

/** What the engine needs about one opportunity, less the clock, rates and settings. */
export type CreditContext = Omit<
  CreditLedgerInput,
  'today' | 'rates' | 'settings'
>;

export type LoadedCreditContext = {
  context: CreditContext;
  existingConflicts: ConflictNode[];
};

export type LoadedCreditContexts = {
  loaded: LoadedCreditContext[];
  /** Opportunities that no longer exist (destroyed) or whose records cannot be used, with why. */
  skipped: { opportunityId: string; reason: string }[];
};

// Manual lines of an opportunity without an amount are priced in this currency until it has one.
const DEFAULT_CURRENCY = 'EUR' as CurrencyCode;

const linesPageSchema = z.object({
  creditAllocations: connectionOf(creditLineNodeSchema),
});

// Opportunities with more lines than one nested page hold get the rest in pages of 200.
const loadAllLines = async (
  client: GraphqlClient,
  node: OpportunityNode,
): Promise<Result<CreditLineNode[], GatewayError>> => {
  if (node.creditAllocations.pageInfo?.hasNextPage !== true)
    return ok(node.creditAllocations.edges.map((edge) => edge.node));
  const lines: CreditLineNode[] = [];
  let after: string | null = null;
  do {
    const page: Result<
      z.infer<typeof linesPageSchema>,
      GatewayError
    > = await client.request(
      LOAD_CREDIT_LINES_PAGE_QUERY,
      { opportunityId: node.id, after },
      linesPageSchema,
    );
    if (!page.success) return page;
    lines.push(...page.data.creditAllocations.edges.map((edge) => edge.node));
    after =
      page.data.creditAllocations.pageInfo?.hasNextPage === true
        ? (page.data.creditAllocations.pageInfo.endCursor ?? null)
        : null;
  } while (after !== null);
  return ok(lines);
};

const toContext = (
  node: OpportunityNode,
  lineNodes: readonly CreditLineNode[],
  periods: CreditLedgerInput['periods'],
): Result<LoadedCreditContext, string> => {
  const amount = toMoney(node.amount);
  if (!amount.success) return fail(`opportunity amount: ${amount.error}`);
  const lines: CreditLine[] = [];
  for (const lineNode of lineNodes) {
    const line = toCreditLine(
      lineNode,
      amount.data?.currency ?? DEFAULT_CURRENCY,
    );
    if (!line.success) return fail(line.error);
    lines.push(line.data);
  }
  const globalAccount = node.company?.globalAccount ?? null;
  const activeAccount =
    globalAccount !== null && globalAccount.deletedAt === null
      ? globalAccount
      : null;
  const context: CreditContext = {
    opportunity: {
      id: node.id as CreditContext['opportunity']['id'],
      amount:
        node.amount?.amountMicros == null || amount.data === null
          ? null
          : {
              amountMicros: node.amount.amountMicros,
              currencyCode: amount.data.currency,
            },
      stage: node.stage,
      closeDate: node.closeDate,
      ownerId: node.ownerId as CreditContext['opportunity']['ownerId'],
      bookingCountry: node.bookingCountry,
      shipToCountry: node.shipToCountry,
      isDeleted: node.deletedAt !== null,
    },
    company:
      node.company === null
        ? null
        : {
            id: node.company.id as never,
            countryCode: node.company.countryCode,
            globalAccountId: node.company.globalAccountId as never,
          },
    globalAccount:
      activeAccount === null
        ? null
        : {
            id: activeAccount.id as never,
            globalAccountManagerId:
              activeAccount.globalAccountManagerId as never,
            reportingCurrency: activeAccount.reportingCurrency,
            creditPolicy: activeAccount.creditPolicy ?? null,
          },
    team: (activeAccount?.teamMembers.edges ?? []).flatMap(
      (edge) => toTeamMember(edge.node) ?? [],
    ),
    lines,
    periods,
  };
  const existingConflicts = [
    ...node.conflicts.edges,
    ...(activeAccount?.conflicts.edges ?? []),
  ].map((edge) => edge.node);
  return ok({ context, existingConflicts });
};

/**
 * Loads the credit contexts of up to 200 opportunities per request (one request in the common
 * case; more only for opportunities with over 60 credit lines).
 */
export const loadCreditContexts = async (
  client: GraphqlClient,
  opportunityIds: readonly string[],
): Promise<Result<LoadedCreditContexts, GatewayError>> => {
  const result: LoadedCreditContexts = { loaded: [], skipped: [] };
  const unique = [...new Set(opportunityIds)];
  for (
    let start = 0;
    start < unique.length;
    start += MAX_OPPORTUNITIES_PER_LOAD
  ) {
    const ids = unique.slice(start, start + MAX_OPPORTUNITIES_PER_LOAD);
    const response = await client.request(
      LOAD_CREDIT_CONTEXT_QUERY,
      { opportunityIds: ids },
      creditContextResponseSchema,
    );
    if (!response.success) return response;
    const periods = response.data.creditPeriods.edges.flatMap(
      (edge) => toCreditPeriod(edge.node) ?? [],
    );
    const found = new Set<string>();
    for (const { node } of response.data.opportunities.edges) {
      found.add(node.id);
      const lineNodes = await loadAllLines(client, node);
      if (!lineNodes.success) return lineNodes;
      const context = toContext(node, lineNodes.data, periods);
      if (context.success) result.loaded.push(context.data);
      else
        result.skipped.push({ opportunityId: node.id, reason: context.error });
    }
    ids
      .filter((id) => !found.has(id))
      .forEach((opportunityId) =>
        result.skipped.push({
          opportunityId,
          reason: 'the opportunity no longer exists',
        }),
      );
  }
  return ok(result);
};
