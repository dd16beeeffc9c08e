import { type Money } from '../money/money.type';
import {
  isManualDefinition,
  type CreditLine,
  type CreditLineFields,
  type CreditLedgerDiff,
} from './credit-line.type';
import { type DesiredLine } from './plan-desired-credit-lines.util';

const sameMoney = (left: Money | null, right: Money | null): boolean =>
  left === right ||
  (left !== null &&
    right !== null &&
    left.amountMinor === right.amountMinor &&
    left.currency === right.currency);

export const isSameCreditLine = (
  left: CreditLineFields,
  right: CreditLineFields,
): boolean =>
  left.status === right.status &&
  sameMoney(left.amount, right.amount) &&
  sameMoney(left.reportingAmount, right.reportingAmount) &&
  left.basisPoints === right.basisPoints &&
  left.countryCode === right.countryCode &&
  left.period === right.period &&
  left.reason === right.reason &&
  left.globalAccountId === right.globalAccountId &&
  left.recipientId === right.recipientId &&
  left.creditType === right.creditType &&
  left.entryType === right.entryType &&
  left.source === right.source &&
  left.entryKey === right.entryKey &&
  left.opportunityId === right.opportunityId;

const REVERSAL_REASON =
  'reversed: no longer part of the credit for this opportunity';

/**
 * Desired open-period lines minus the stored ones. Lines in closed periods are never touched;
 * stored open-period lines the desired state no longer holds are reversed, not deleted.
 */
export const diffCreditLedger = (
  desired: readonly DesiredLine[],
  existing: readonly CreditLine[],
  closedPeriods: ReadonlySet<string>,
): CreditLedgerDiff => {
  // A new opportunity has no lines yet: everything desired is created.
  if (existing.length === 0) {
    return {
      creates: desired.map((line) => line.fields),
      updates: [],
      reversals: [],
    };
  }
  const byId = new Map<string, CreditLine>();
  const byKey = new Map<string, CreditLine>();
  for (const line of existing) {
    if (closedPeriods.has(line.period)) continue;
    // The app manages its own keyed POLICY lines and the computed fields of MANUAL definitions.
    if (isManualDefinition(line)) byId.set(line.id, line);
    else if (line.source === 'POLICY' && line.entryKey !== null) {
      byId.set(line.id, line);
      byKey.set(line.entryKey, line);
    }
  }
  const diff: CreditLedgerDiff = { creates: [], updates: [], reversals: [] };
  const kept = new Set<string>();
  for (const line of desired) {
    const stored =
      line.matchId !== undefined
        ? byId.get(line.matchId)
        : byKey.get(line.fields.entryKey ?? '');
    if (stored === undefined) {
      diff.creates.push(line.fields);
      continue;
    }
    kept.add(stored.id);
    if (!isSameCreditLine(stored, line.fields))
      diff.updates.push({ id: stored.id, fields: line.fields });
  }
  for (const stored of byId.values()) {
    if (kept.has(stored.id) || stored.status === 'REVERSED') continue;
    const { id, ...fields } = stored;
    diff.reversals.push({
      id,
      fields: {
        ...fields,
        status: 'REVERSED',
        reason: stored.source === 'MANUAL' ? stored.reason : REVERSAL_REASON,
      },
    });
  }
  return diff;
};
