import { type Money } from '../money/money.type';
import { formatMoney } from '../money/micros.util';
import { type CreditLineStatus } from '../shared/data-model.constants';
import {
  type CreditLineId,
  type GlobalAccountId,
  type OpportunityId,
} from '../shared/ids.type';
import { buildEntryKey } from './build-entry-key.util';
import { type CreditLine, type CreditLineFields } from './credit-line.type';
import { type CreditTarget, type DealState } from './credit-target.type';
import { bookedCreditKey, type BookedCredit } from './sum-booked-credit.util';

/** A line the ledger should hold in an open period; `matchId` marks a manager's MANUAL line. */
export type DesiredLine = {
  matchId: CreditLineId | undefined;
  fields: CreditLineFields;
};

export type PlanInput = {
  opportunityId: OpportunityId;
  globalAccountId: GlobalAccountId;
  deal: DealState;
  targets: readonly CreditTarget[];
  booked: ReadonlyMap<string, BookedCredit>;
  closedPeriods: ReadonlySet<string>;
  /** The period of the close date, or the adjustment period when that one is closed. */
  originalPeriod: string;
  adjustmentPeriod: string;
};

// Takes a freshly built line and stamps its key in place (no copy: this is the hot path).
const policyLine = (fields: CreditLineFields): DesiredLine => {
  fields.entryKey = buildEntryKey(fields);
  return { matchId: undefined, fields };
};

const originalLine = (
  input: PlanInput,
  target: CreditTarget,
  status: CreditLineStatus,
): DesiredLine => {
  const manual = target.manualLine;
  if (manual !== undefined && !input.closedPeriods.has(manual.period)) {
    // The manager owns percent and reason; the app keeps amounts, status and period in step.
    const { id, ...stored } = manual;
    const fields = {
      ...stored,
      amount: target.amount,
      reportingAmount: target.reportingAmount,
      status,
      period: input.originalPeriod,
      globalAccountId: input.globalAccountId,
      countryCode: manual.countryCode ?? target.countryCode,
    };
    return { matchId: id, fields };
  }
  return policyLine({
    opportunityId: input.opportunityId,
    globalAccountId: input.globalAccountId,
    recipientId: target.recipientId,
    countryCode: target.countryCode,
    creditType: target.creditType,
    basisPoints: target.basisPoints,
    amount: target.amount,
    reportingAmount: target.reportingAmount,
    period: input.originalPeriod,
    entryType: 'ORIGINAL',
    status,
    source: 'POLICY',
    reason: target.reason,
    entryKey: null,
  });
};

const subtractReporting = (
  target: Money | null,
  booked: Money | null,
  hasTarget: boolean,
): Money | null => {
  if (booked === null) return null;
  if (!hasTarget)
    return { amountMinor: -booked.amountMinor, currency: booked.currency };
  if (target === null || target.currency !== booked.currency) return null;
  return {
    amountMinor: target.amountMinor - booked.amountMinor,
    currency: booked.currency,
  };
};

// Corrections to credit booked in closed periods: the difference per recipient, type and currency.
const adjustmentLines = (input: PlanInput): DesiredLine[] => {
  const credited = input.deal === 'WON' ? input.targets : [];
  const targetsByKey = new Map(
    credited.map((target) => [bookedCreditKey(target), target]),
  );
  const keys = new Set([...input.booked.keys(), ...targetsByKey.keys()]);
  const lines: DesiredLine[] = [];
  for (const key of keys) {
    const target = targetsByKey.get(key);
    const booked = input.booked.get(key);
    const bookedMinor = booked?.amountMinor ?? 0;
    const amount = target?.amount ?? {
      ...(booked as BookedCredit).line.amount,
      amountMinor: 0,
    };
    if (amount.amountMinor === bookedMinor) continue;
    const reference = booked?.line;
    const periods = booked?.periods.join(', ') ?? 'no closed period';
    lines.push(
      policyLine({
        opportunityId: input.opportunityId,
        globalAccountId: input.globalAccountId,
        recipientId:
          target?.recipientId ?? (reference as CreditLine).recipientId,
        countryCode: target?.countryCode ?? reference?.countryCode ?? null,
        creditType: target?.creditType ?? (reference as CreditLine).creditType,
        basisPoints: target?.basisPoints ?? 0,
        amount: {
          amountMinor: amount.amountMinor - bookedMinor,
          currency: amount.currency,
        },
        reportingAmount:
          booked === undefined
            ? (target?.reportingAmount ?? null)
            : subtractReporting(
                target?.reportingAmount ?? null,
                booked.reportingAmount,
                target !== undefined,
              ),
        period: input.adjustmentPeriod,
        entryType: input.deal === 'WON' ? 'ADJUSTMENT' : 'CLAWBACK',
        status: 'CREDITED',
        source: 'POLICY',
        reason:
          input.deal === 'WON'
            ? `adjusts credit booked in ${periods} (closed) to ${formatMoney(amount)}`
            : `claws back credit booked in ${periods} (closed): the deal is no longer won`,
        entryKey: null,
      }),
    );
  }
  return lines;
};

/**
 * The lines the open periods should hold. Without booked credit in closed periods the targets
 * are ORIGINAL lines; with it, credit moves through ADJUSTMENT/CLAWBACK lines in the
 * adjustment period, and open deals keep provisional forecast lines beside them.
 */
export const planDesiredCreditLines = (input: PlanInput): DesiredLine[] => {
  if (input.deal === 'GONE')
    return input.booked.size === 0 ? [] : adjustmentLines(input);
  const status: CreditLineStatus =
    input.deal === 'WON' ? 'CREDITED' : 'PROVISIONAL';
  if (input.booked.size === 0)
    return input.targets.map((target) => originalLine(input, target, status));
  const forecasts = input.targets.flatMap((target) => {
    if (input.deal === 'OPEN')
      return [originalLine(input, target, 'PROVISIONAL')];
    // A won deal's manual line in an open period still defines the split; the credit is in adjustments.
    const manual = target.manualLine;
    return manual !== undefined && !input.closedPeriods.has(manual.period)
      ? [originalLine(input, target, 'HELD')]
      : [];
  });
  return [...forecasts, ...adjustmentLines(input)];
};
