import { percentToBasisPoints } from '../money/basis-points.util';
import { fail, ok, type Result } from '../shared/result.type';
import {
  type DealCompliance,
  type DealComplianceError,
  type DealComplianceInput,
} from './deal-compliance.type';
import { findCoveringAgreements } from './find-covering-agreements.util';
import { isAgreementInForce } from './is-agreement-in-force.util';
import { judgeAgreedPrice } from './judge-agreed-price.util';

/**
 * AGREEMENTS.md "Compliance of a deal", checked in this order: a link to an agreement not in
 * force on the close date (EXPIRED_AGREEMENT); no agreement covering the deal (NOT_APPLICABLE);
 * two or more covering agreements that priority cannot order (AGREEMENT_CONFLICT, none chosen);
 * not linked to the one that applies (OFF_AGREEMENT); then the price against the agreed discount.
 */
export const resolveDealCompliance = (
  input: DealComplianceInput,
): Result<DealCompliance, DealComplianceError> => {
  const tolerance = percentToBasisPoints(input.priceTolerancePercent);
  if (tolerance === undefined || tolerance < 0) {
    return fail({
      code: 'INVALID_PRICE_TOLERANCE',
      message: `the price tolerance must be a percentage of zero or more with at most two decimals, got ${String(input.priceTolerancePercent)}`,
    });
  }
  const { deal, company, today } = input;
  const day = deal.closeDate ?? today;
  const verdict = (
    status: DealCompliance['status'],
    reason: string,
    agreement?: { id: DealCompliance['agreementId']; name: string | null },
  ): DealCompliance => ({
    status,
    agreementId: agreement?.id ?? null,
    agreementName: agreement?.name ?? null,
    candidateAgreementIds: [],
    day,
    reason,
    actualDiscountBasisPoints: null,
  });
  const linked = input.agreements.find(
    (agreement) => agreement.id === deal.frameworkAgreementId,
  );
  if (
    linked !== undefined &&
    !isAgreementInForce({ agreement: linked, day, today })
  ) {
    return ok(
      verdict(
        'EXPIRED_AGREEMENT',
        `Linked to ${linked.name ?? linked.id}, which is not in force on ${day}.`,
        linked,
      ),
    );
  }
  const covering =
    company === null
      ? []
      : findCoveringAgreements({
          company,
          agreements: input.agreements,
          day,
          today,
        });
  if (covering.length === 0) {
    return ok(
      verdict('NOT_APPLICABLE', `No agreement covers this deal on ${day}.`),
    );
  }
  const top = Math.max(...covering.map((agreement) => agreement.priority ?? 0));
  const tied = covering.filter(
    (agreement) => (agreement.priority ?? 0) === top,
  );
  if (tied.length > 1) {
    const names = tied
      .map((agreement) => agreement.name ?? agreement.id)
      .sort();
    return ok({
      ...verdict(
        'AGREEMENT_CONFLICT',
        `${names.join(' and ')} both cover this deal with priority ${String(top)}: set their priorities or choose one.`,
      ),
      candidateAgreementIds: tied.map((agreement) => agreement.id).sort(),
    });
  }
  const applicable = tied[0] as (typeof tied)[number];
  if (linked?.id !== applicable.id) {
    return ok(
      verdict(
        'OFF_AGREEMENT',
        `Not linked to ${applicable.name ?? applicable.id}: its volume will not count toward the tier.`,
        applicable,
      ),
    );
  }
  const price = judgeAgreedPrice({
    deal,
    agreement: applicable,
    toleranceBasisPoints: tolerance,
  });
  if (!price.success) return price;
  return ok({
    ...verdict(price.data.status, price.data.reason, applicable),
    actualDiscountBasisPoints: price.data.actualDiscountBasisPoints,
  });
};
