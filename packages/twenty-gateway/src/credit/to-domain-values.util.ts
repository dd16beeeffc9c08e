import {
  CREDIT_ENTRY_TYPES,
  CREDIT_LINE_SOURCES,
  CREDIT_LINE_STATUSES,
  CREDIT_PERIOD_STATES,
  CREDIT_TYPES,
  fail,
  isOneOf,
  moneyFromMicros,
  ok,
  parseCountryCode,
  parseIsoDay,
  percentToBasisPoints,
  TEAM_ROLES,
  type CreditLine,
  type CreditPeriod,
  type CurrencyCode,
  type IsoDate,
  type Money,
  type Result,
  type TeamMember,
} from '@global-accounts/domain';

import {
  type CreditLineNode,
  type CreditPeriodNode,
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
export const toCreditLine = ({
  node,
  currency,
  opportunityId,
}: {
  node: CreditLineNode;
  currency: CurrencyCode;
  /** The opportunity the line was loaded for: used when Twenty nulled the line's opportunityId. */
  opportunityId?: string;
}): Result<CreditLine, string> => {
  const lineOpportunityId = node.opportunityId ?? opportunityId ?? null;
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
    lineOpportunityId === null ||
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
    opportunityId: lineOpportunityId as CreditLine['opportunityId'],
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

const parseOptionalDay = (
  field: string,
  value: string | null,
): Result<IsoDate | null, string> => {
  if (value === null || value.trim() === '') return ok(null);
  const day = parseIsoDay({ field, value });
  return day.success ? day : fail(day.error.message);
};

/**
 * A team row in domain terms. Rows without a person or a role credit nobody: undefined. An
 * unreadable date or country code is refused with the field named (never read as "none",
 * which would make the membership unbounded).
 */
export const toTeamMember = (
  node: TeamMemberNode,
): Result<TeamMember | undefined, string> => {
  if (node.workspaceMemberId === null || !isTeamRole(node.role))
    return ok(undefined);
  const field = `account team member ${node.id}`;
  const startDate = parseOptionalDay(`${field} startDate`, node.startDate);
  if (!startDate.success) return startDate;
  const endDate = parseOptionalDay(`${field} endDate`, node.endDate);
  if (!endDate.success) return endDate;
  let countryCode: string | null = null;
  if (node.countryCode !== null && node.countryCode.trim() !== '') {
    const country = parseCountryCode({
      field: `${field} countryCode`,
      value: node.countryCode,
    });
    if (!country.success) return fail(country.error.message);
    countryCode = country.data;
  }
  return ok({
    id: node.id as TeamMember['id'],
    workspaceMemberId:
      node.workspaceMemberId as TeamMember['workspaceMemberId'],
    role: node.role,
    countryCode,
    startDate: startDate.data,
    endDateInclusive: endDate.data,
  });
};

/** A credit period in domain terms; a period without its name, dates or state is refused, naming the field. */
export const toCreditPeriod = (
  node: CreditPeriodNode,
): Result<CreditPeriod, string> => {
  const field = `credit period ${node.name ?? node.id}`;
  if (node.name === null || node.name.trim() === '')
    return fail(`${field}: name is empty`);
  if (!isPeriodState(node.state))
    return fail(
      `${field} state: expected OPEN or CLOSED, got "${String(node.state)}"`,
    );
  const startDate = parseIsoDay({
    field: `${field} startDate`,
    value: node.startDate ?? '',
  });
  if (!startDate.success) return fail(startDate.error.message);
  const endDate = parseIsoDay({
    field: `${field} endDate`,
    value: node.endDate ?? '',
  });
  if (!endDate.success) return fail(endDate.error.message);
  return ok({
    name: node.name,
    startDate: startDate.data,
    endDateInclusive: endDate.data,
    state: node.state,
  });
};
