import { allocateByLargestRemainder } from '../credit-split/allocate-by-largest-remainder.util';
import { type ResolvedShare } from '../credit-split/resolve-credit-shares.util';
import { applyBasisPoints } from '../money/basis-points.util';
import { type Money } from '../money/money.type';
import { assert } from '../shared/assert.util';
import { type CreditType } from '../shared/data-model.constants';
import { type CreditLine } from './credit-line.type';
import { type CreditTarget } from './credit-target.type';

export type TargetShares = {
  creditType: CreditType;
  shares: readonly ResolvedShare[];
  manualLines: ReadonlyMap<string, CreditLine> | undefined;
};

// Most lines hold one role: their reason text is built once and shared.
const singleRoleReasons = new Map<string, string>();
const reasonOf = (share: ResolvedShare, isManual: boolean): string => {
  if (isManual) return 'manual split';
  if (share.roles.length > 1) return `policy: ${share.roles.join(' + ')}`;
  const role = share.roles[0] ?? '';
  let reason = singleRoleReasons.get(role);
  if (reason === undefined) {
    reason = `policy: ${role}`;
    singleRoleReasons.set(role, reason);
  }
  return reason;
};

// Revenue amounts sum exactly to the amount (largest remainder); overlay lines round each alone.
const amountsOf = (
  creditType: CreditType,
  total: number,
  basisPoints: readonly number[],
): number[] => {
  if (creditType === 'OVERLAY')
    return basisPoints.map((share) => applyBasisPoints(total, share));
  const allocated = allocateByLargestRemainder(total, basisPoints);
  assert(
    allocated.success,
    'revenue shares are validated to sum to 100.00 before allocation',
  );
  return allocated.data;
};

export const buildCreditTargets = (
  input: TargetShares,
  amount: Money,
  reportingTotal: Money | null,
): CreditTarget[] => {
  const basisPoints = input.shares.map((share) => share.basisPoints);
  const amounts = amountsOf(input.creditType, amount.amountMinor, basisPoints);
  // Reporting in the deal's own currency is the same split: no second allocation.
  const isSameMoney =
    reportingTotal !== null &&
    reportingTotal.currency === amount.currency &&
    reportingTotal.amountMinor === amount.amountMinor;
  const reporting =
    reportingTotal === null || isSameMoney
      ? amounts
      : amountsOf(input.creditType, reportingTotal.amountMinor, basisPoints);
  return input.shares.map((share, index) => {
    const lineAmount: Money = {
      amountMinor: amounts[index] ?? 0,
      currency: amount.currency,
    };
    return {
      recipientId: share.recipientId,
      creditType: input.creditType,
      countryCode: share.countryCode,
      basisPoints: share.basisPoints,
      amount: lineAmount,
      reportingAmount:
        reportingTotal === null
          ? null
          : isSameMoney
            ? lineAmount
            : {
                amountMinor: reporting[index] ?? 0,
                currency: reportingTotal.currency,
              },
      reason: reasonOf(share, input.manualLines !== undefined),
      manualLine: input.manualLines?.get(share.recipientId),
    };
  });
};
