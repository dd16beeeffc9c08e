import { findAdjustmentPeriod } from '../credit-ledger/credit-period.util';
import { basisPointsToPercent } from '../money/basis-points.util';
import { buildRateTable } from '../money/exchange-rate.util';
import { computeRebate } from '../rebate-tiers/compute-rebate.util';
import { listSettlementPeriods } from '../rebate-settlements/list-settlement-periods.util';
import { parseStoredSettlements } from '../rebate-settlements/parse-stored-settlements.util';
import { planRebateSettlements } from '../rebate-settlements/plan-rebate-settlements.util';
import { fail, ok, type Result } from '../shared/result.type';
import { type AgreementEngineError } from './agreement-engine-error.type';
import {
  type AgreementProgress,
  type AgreementProgressInput,
} from './agreement-progress.type';
import { parseAgreementTerms } from './parse-agreement-terms.util';
import { sumAgreementVolume } from './sum-agreement-volume.util';
import { summarisePeriodVolumes } from './summarise-period-volumes.util';
import { describeTierProgress } from './describe-tier-progress.util';
import { convertOffAgreementVolume } from './convert-off-agreement-volume.util';

/**
 * AGREEMENTS.md end to end for one agreement: volume, tier, progress fields, off-agreement
 * volume and settlements. Any bad input refuses the whole result (never a partial one).
 */
export const computeAgreementProgress = (
  input: AgreementProgressInput,
): Result<AgreementProgress, AgreementEngineError> => {
  const terms = parseAgreementTerms(input);
  if (!terms.success) return terms;
  const { currency } = terms.data;
  const rates = buildRateTable(input.rates);
  if (!rates.success) return fail(rates.error);
  const stored = parseStoredSettlements({
    stored: input.settlements,
    currency,
  });
  if (!stored.success) return stored;
  const periods = listSettlementPeriods({
    periods: input.periods,
    from: terms.data.startDate,
    toInclusive: terms.data.endDateInclusive,
  });
  const sums = sumAgreementVolume({
    terms: terms.data,
    companies: new Map(input.companies.map((company) => [company.id, company])),
    buckets: input.volumeBuckets,
    periodEnds: periods.map((period) => period.endDateInclusive),
  });
  if (!sums.success) return sums;
  const volumes = summarisePeriodVolumes({
    periods,
    linkedByPeriod: sums.data.linkedByPeriod,
    currency,
    rates: rates.data,
    today: input.today,
  });
  if (!volumes.success) return volumes;
  const offAgreement = convertOffAgreementVolume({
    byCountry: sums.data.offAgreementByCountry,
    currency,
    rates: rates.data,
  });
  if (!offAgreement.success) return offAgreement;
  const rebateOf = (volumeMinor: number) =>
    computeRebate({
      tiers: terms.data.tiers,
      retroactive: terms.data.retroactive,
      volumeMinor,
    });
  const adjustment = findAdjustmentPeriod(input.periods, input.today);
  const planned = planRebateSettlements({
    // One settlement per period name: a calendar quarter split by a custom credit period
    // settles once, at its last fragment.
    points: volumes.data
      .filter(
        (volume, index) =>
          !volumes.data
            .slice(index + 1)
            .some((later) => later.period === volume.period),
      )
      .map((volume) => ({
        period: volume.period,
        isClosed: volume.isClosed,
        cumulativeVolumeMinor: volume.cumulativeVolume.amountMinor,
      })),
    stored: stored.data,
    rebateOf,
    currency,
    adjustmentPeriod: adjustment.success ? adjustment.data : null,
  });
  const volumeToDateMinor =
    volumes.data.at(-1)?.cumulativeVolume.amountMinor ?? 0;
  const tier = describeTierProgress({
    tiers: terms.data.tiers,
    volumeMinor: volumeToDateMinor,
    currency,
  });
  return ok({
    terms: terms.data,
    volumeToDate: { amountMinor: volumeToDateMinor, currency },
    rebateToDate: { amountMinor: rebateOf(volumeToDateMinor), currency },
    ...tier,
    currentRebatePercent: basisPointsToPercent(tier.currentRebateBasisPoints),
    offAgreementVolume: offAgreement.data.total,
    offAgreementVolumeByCountry: offAgreement.data.byCountry,
    volumeByPeriod: volumes.data,
    settlements: planned.settlements,
    unsettledAmount: { amountMinor: planned.unsettledMinor, currency },
  });
};
