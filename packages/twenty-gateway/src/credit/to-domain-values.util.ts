import {
  CREDIT_ENTRY_TYPES,
  CREDIT_LINE_SOURCES,
  CREDIT_LINE_STATUSES,
  CREDIT_PERIOD_STATES,
  CREDIT_TYPES,
  fail,
  isIsoDate,
  isOneOf,
  moneyFromMicros,
  ok,
  percentToBasisPoints,
  TEAM_ROLES,
  type CreditLine,
  type CreditPeriod,
  type CurrencyCode,
  type Money,
  type Result,
  type TeamMember,
} from '@global-accounts/domain';

import {
  type CreditLineNode,
  type TeamMemberNode,
} from './schemas/credit-context.schema';
import { type z } from 'zod';
import { type currencySchema } from './schemas/twenty-values.schema';

type CurrencyValue = z.infer<typeof currencySchema>;

/** A CURRENCY value as Money; null when empty (no amount or no currency code). */
export const toMoney = (value: CurrencyValue): Result<Money | null, string> => {
  if (
    value === null ||
    value.amountMicros === null ||
    value.currencyCode === null ||
    value.currencyCode === ''
  )
    return ok(null);
  const money = moneyFromMicros(value.amountMicros, value.currencyCode);
  return money.success
    ? money
    : fail(
        money.error.code === 'UNKNOWN_CURRENCY'
          ? `unknown currency "${money.error.currencyCode}"`
          : money.error.message,
      );
};

const isCreditType = isOneOf(CREDIT_TYPES);
const isEntryType = isOneOf(CREDIT_ENTRY_TYPES);
const isLineStatus = isOneOf(CREDIT_LINE_STATUSES);
const isLineSource = isOneOf(CREDIT_LINE_SOURCES);
const isPeriodState = isOneOf(CREDIT_PERIOD_STATES);
const isTeamRole = isOneOf(TEAM_ROLES);

/**
 * A stored creditAllocation record in domain terms; refused with the reason when it is unusable.
 * A manager's new MANUAL line may have no amount yet: the app computes it (in `currency`).
 */
export const toCreditLine = (
  node: CreditLineNode,
  currency: CurrencyCode,
): Result<CreditLine, string> => {
  const stored = toMoney(node.amount);
  const reporting = toMoney(node.reportingAmount);
  const basisPoints =
    node.percent === null ? 0 : percentToBasisPoints(node.percent);
  if (!stored.success) return fail(`credit line ${node.id}: ${stored.error}`);
  const amount =
    stored.data ??
    (node.source === 'MANUAL' ? { amountMinor: 0, currency } : null);
  if (amount === null) return fail(`credit line ${node.id}: no amount`);
  if (!reporting.success)
    return fail(
      `credit line ${node.id}: reporting amount has an ${reporting.error}`,
    );
  if (basisPoints === undefined)
    return fail(
      `credit line ${node.id}: percent ${node.percent} has more than 2 decimals`,
    );
  if (
    node.opportunityId === null ||
    node.globalAccountId === null ||
    node.recipientId === null
  ) {
    return fail(
      `credit line ${node.id}: opportunity, global account and recipient are required`,
    );
  }
  if (
    !isCreditType(node.creditType) ||
    !isEntryType(node.entryType) ||
    !isLineStatus(node.status) ||
    !isLineSource(node.source)
  ) {
    return fail(
      `credit line ${node.id}: creditType, entryType, status and source must be set`,
    );
  }
  return ok({
    id: node.id as CreditLine['id'],
    opportunityId: node.opportunityId as CreditLine['opportunityId'],
    globalAccountId: node.globalAccountId as CreditLine['globalAccountId'],
    recipientId: node.recipientId as CreditLine['recipientId'],
    countryCode: node.countryCode,
    creditType: node.creditType,
    basisPoints,
    amount,
    reportingAmount: reporting.data,
    period: node.period ?? '',
    entryType: node.entryType,
    status: node.status,
    source: node.source,
    reason: node.reason ?? '',
    entryKey: node.entryKey,
  });
};

/** Team rows without a person or a role credit nobody: they are left out. */
export const toTeamMember = (node: TeamMemberNode): TeamMember | undefined => {
  if (node.workspaceMemberId === null || !isTeamRole(node.role))
    return undefined;
  return {
    id: node.id as TeamMember['id'],
    workspaceMemberId:
      node.workspaceMemberId as TeamMember['workspaceMemberId'],
    role: node.role,
    countryCode: node.countryCode,
    startDate: isIsoDate(node.startDate) ? node.startDate : null,
    endDateInclusive: isIsoDate(node.endDate) ? node.endDate : null,
  };
};

export const toCreditPeriod = (node: {
  name: string | null;
  startDate: string | null;
  endDate: string | null;
  state: string | null;
}): CreditPeriod | undefined =>
  node.name !== null &&
  isIsoDate(node.startDate) &&
  isIsoDate(node.endDate) &&
  isPeriodState(node.state)
    ? {
        name: node.name,
        startDate: node.startDate,
        endDateInclusive: node.endDate,
        state: node.state,
      }
    : undefined;
