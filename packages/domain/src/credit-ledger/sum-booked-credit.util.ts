import { type Money } from '../money/money.type';
import { type CreditLine } from './credit-line.type';

/** Credit already booked in closed periods for one recipient, credit type and currency. */
export type BookedCredit = {
  line: CreditLine;
  amountMinor: number;
  reportingAmount: Money | null;
  periods: string[];
};

export const bookedCreditKey = (
  line: Pick<CreditLine, 'recipientId' | 'creditType' | 'amount'>,
): string => `${line.recipientId}:${line.creditType}:${line.amount.currency}`;

const addReporting = (left: Money | null, right: Money | null): Money | null =>
  left !== null && right !== null && left.currency === right.currency
    ? {
        amountMinor: left.amountMinor + right.amountMinor,
        currency: left.currency,
      }
    : null;

const NOTHING_BOOKED: ReadonlyMap<string, BookedCredit> = new Map();

// Closed periods never change: only CREDITED lines there count as booked credit
// (provisional lines left in a closed period were forecasts, not credit).
export const sumBookedCredit = (
  lines: readonly CreditLine[],
  closedPeriods: ReadonlySet<string>,
): ReadonlyMap<string, BookedCredit> => {
  if (closedPeriods.size === 0 || lines.length === 0) return NOTHING_BOOKED;
  const booked = new Map<string, BookedCredit>();
  for (const line of lines) {
    if (line.status !== 'CREDITED' || !closedPeriods.has(line.period)) continue;
    const key = bookedCreditKey(line);
    const current = booked.get(key);
    if (current === undefined) {
      booked.set(key, {
        line,
        amountMinor: line.amount.amountMinor,
        reportingAmount: line.reportingAmount,
        periods: [line.period],
      });
      continue;
    }
    current.amountMinor += line.amount.amountMinor;
    current.reportingAmount = addReporting(
      current.reportingAmount,
      line.reportingAmount,
    );
    if (!current.periods.includes(line.period))
      current.periods.push(line.period);
  }
  return booked;
};
