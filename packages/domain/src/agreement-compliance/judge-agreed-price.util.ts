import { type AgreementRecord } from '../agreement-volume/agreement-engine-input.type';
import { percentToBasisPoints } from '../money/basis-points.util';
import { fail, ok, type Result } from '../shared/result.type';
import { compareDealPrice } from './compare-deal-price.util';
import {
  type ComplianceDeal,
  type DealComplianceError,
} from './deal-compliance.type';

type PriceJudgement = {
  status: 'COMPLIANT' | 'BELOW_AGREEMENT' | 'ABOVE_AGREEMENT';
  reason: string;
  actualDiscountBasisPoints: number | null;
};

const STATUS_BY_VERDICT = {
  BELOW: 'BELOW_AGREEMENT',
  ABOVE: 'ABOVE_AGREEMENT',
  WITHIN: 'COMPLIANT',
} as const;

/** The price check of a deal linked to the agreement that applies to it. */
export const judgeAgreedPrice = ({
  deal,
  agreement,
  toleranceBasisPoints,
}: {
  deal: ComplianceDeal;
  agreement: AgreementRecord;
  toleranceBasisPoints: number;
}): Result<PriceJudgement, DealComplianceError> => {
  const name = agreement.name ?? agreement.id;
  const agreed = percentToBasisPoints(
    agreement.agreedDiscountPercent ?? Number.NaN,
  );
  const { amount, listAmount } = deal;
  if (
    agreed === undefined ||
    amount === null ||
    listAmount === null ||
    listAmount.amountMicros <= 0
  ) {
    return ok({
      status: 'COMPLIANT',
      reason: `Priced under ${name}; no agreed discount or list amount to compare.`,
      actualDiscountBasisPoints: null,
    });
  }
  if (amount.currencyCode !== listAmount.currencyCode) {
    return fail({
      code: 'PRICE_CURRENCY_MISMATCH',
      message: `the deal amount is in ${amount.currencyCode} and its list amount in ${listAmount.currencyCode}: enter both in one currency so the agreed discount can be checked`,
    });
  }
  const { verdict, actualDiscountBasisPoints } = compareDealPrice({
    amount,
    listAmount,
    agreedBasisPoints: agreed,
    toleranceBasisPoints,
  });
  const given = `${String(actualDiscountBasisPoints / 100)}%`;
  const reasons = {
    BELOW: `Discount ${given} exceeds the ${String(agreed / 100)}% agreed in ${name}: priced below the agreement.`,
    ABOVE: `Discount ${given} is less than the ${String(agreed / 100)}% agreed in ${name}: the customer pays more than agreed.`,
    WITHIN: `Priced as agreed in ${name} (discount ${given}).`,
  };
  return ok({
    status: STATUS_BY_VERDICT[verdict],
    reason: reasons[verdict],
    actualDiscountBasisPoints,
  });
};
