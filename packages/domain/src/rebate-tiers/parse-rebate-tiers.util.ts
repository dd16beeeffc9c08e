import { type AgreementEngineError } from '../agreement-volume/agreement-engine-error.type';
import { type RebateTierRecord } from '../agreement-volume/agreement-engine-input.type';
import { percentToBasisPoints } from '../money/basis-points.util';
import { type CurrencyCode } from '../money/currency.util';
import { formatMoney, moneyFromMicros } from '../money/micros.util';
import { fail, ok, type Result } from '../shared/result.type';
import { type RebateTier } from './rebate-tier.type';

/**
 * Tier records → tiers sorted by threshold. Refuses the whole list on the first bad tier:
 * a missing or negative threshold, a threshold in another currency, two tiers with the same
 * threshold, a missing, negative or over-precise percent.
 */
export const parseRebateTiers = ({
  tiers,
  currency,
}: {
  tiers: readonly RebateTierRecord[];
  currency: CurrencyCode;
}): Result<RebateTier[], AgreementEngineError> => {
  const parsed: Omit<RebateTier, 'tierNumber'>[] = [];
  for (const tier of tiers) {
    if (tier.fromVolume === null || tier.rebatePercent === null) {
      return fail({
        code: 'INVALID_TIER_THRESHOLD',
        message: 'every rebate tier needs a from-volume and a rebate percent',
      });
    }
    if (tier.fromVolume.currencyCode !== currency) {
      return fail({
        code: 'TIER_CURRENCY_MISMATCH',
        currencyCode: tier.fromVolume.currencyCode,
        message: `a tier starts at an amount in ${tier.fromVolume.currencyCode}, but the agreement is in ${currency}: tiers use the agreement currency`,
      });
    }
    const volume = moneyFromMicros(tier.fromVolume.amountMicros, currency);
    if (!volume.success || volume.data.amountMinor < 0) {
      return fail({
        code: 'INVALID_TIER_THRESHOLD',
        message: `a tier's from-volume must be zero or more, got ${String(tier.fromVolume.amountMicros / 1e6)} ${currency}`,
      });
    }
    if (tier.rebatePercent < 0) {
      return fail({
        code: 'NEGATIVE_REBATE_PERCENT',
        rebatePercent: tier.rebatePercent,
        message: `the tier from ${formatMoney(volume.data)} has a negative rebate (${String(tier.rebatePercent)}%): rebates are zero or more`,
      });
    }
    const basisPoints = percentToBasisPoints(tier.rebatePercent);
    if (basisPoints === undefined) {
      return fail({
        code: 'INVALID_REBATE_PERCENT',
        message: `the tier from ${formatMoney(volume.data)} has rebate ${String(tier.rebatePercent)}%: use at most two decimals`,
      });
    }
    parsed.push({ fromVolumeMinor: volume.data.amountMinor, basisPoints });
  }
  parsed.sort((left, right) => left.fromVolumeMinor - right.fromVolumeMinor);
  for (let index = 1; index < parsed.length; index += 1) {
    const threshold = parsed[index]?.fromVolumeMinor as number;
    if (parsed[index - 1]?.fromVolumeMinor === threshold) {
      const amount = formatMoney({ amountMinor: threshold, currency });
      return fail({
        code: 'DUPLICATE_TIER_THRESHOLD',
        fromVolume: amount,
        message: `two tiers start at ${amount}: each tier needs its own threshold`,
      });
    }
  }
  return ok(parsed.map((tier, index) => ({ ...tier, tierNumber: index + 1 })));
};
