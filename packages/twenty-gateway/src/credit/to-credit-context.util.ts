import {
  DEFAULT_CURRENCY,
  fail,
  ok,
  type CreditLedgerInput,
  type CreditLine,
  type CurrencyCode,
  type Result,
  type TeamMember,
} from '@global-accounts/domain';

import {
  type ConflictNode,
  type CreditLineNode,
  type OpportunityNode,
} from './schemas/credit-context.schema';
import { toCreditLine, toMoney } from './to-domain-values.util';

/** What the engine needs about one opportunity, less the clock, rates and settings. */
export type CreditContext = Omit<
  CreditLedgerInput,
  'today' | 'rates' | 'settings'
>;

export type LoadedCreditContext = {
  context: CreditContext;
  existingConflicts: ConflictNode[];
};

/** The records around one opportunity, as loaded by root queries. */
export type OpportunityRecords = {
  node: OpportunityNode;
  lineNodes: readonly CreditLineNode[];
  team: readonly TeamMember[];
  periods: CreditLedgerInput['periods'];
  existingConflicts: ConflictNode[];
};

/** One opportunity's records in domain terms; refused with the reason when one is unusable. */
export const toCreditContext = ({
  node,
  lineNodes,
  team,
  periods,
  existingConflicts,
}: OpportunityRecords): Result<LoadedCreditContext, string> => {
  const amount = toMoney(node.amount);
  if (!amount.success) return fail(`opportunity amount: ${amount.error}`);
  const lines: CreditLine[] = [];
  // Manual lines of an opportunity without an amount are priced in the default currency.
  const currency = amount.data?.currency ?? (DEFAULT_CURRENCY as CurrencyCode);
  for (const lineNode of lineNodes) {
    const line = toCreditLine({
      node: lineNode,
      currency,
      opportunityId: node.id,
    });
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
            lastValidCreditPolicy: activeAccount.lastValidCreditPolicy ?? null,
          },
    team: activeAccount === null ? [] : team,
    lines,
    periods,
  };
  return ok({ context, existingConflicts });
};
