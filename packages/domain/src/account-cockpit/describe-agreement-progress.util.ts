import { formatAmountForPeople } from '../agreement-alerts/format-for-people.util';
import { microsToMinorUnits } from '../hierarchy-rollups/micros-to-minor-units.util';
import { parseCurrencyCode } from '../money/currency.util';
import {
  type AgreementProgressRow,
  type CockpitAgreement,
} from './account-cockpit.type';

const formatMicros = (
  micros: bigint | null,
  currencyCode: string | null,
): string | null => {
  const currency = parseCurrencyCode(currencyCode ?? '');
  if (micros === null || !currency.success) return null;
  return formatAmountForPeople({
    amountMinor: Number(microsToMinorUnits(micros, currency.data)),
    currency: currency.data,
  });
};

/** Whole percent of the next tier's threshold reached, floored and capped to 0–100. */
export const tierProgressPercent = (
  volumeMicros: bigint | null,
  thresholdMicros: bigint | null,
): number | null => {
  if (thresholdMicros === null || thresholdMicros <= 0n) return null;
  const volume = volumeMicros === null || volumeMicros < 0n ? 0n : volumeMicros;
  const percent = (volume * 100n) / thresholdMicros;
  return Number(percent > 100n ? 100n : percent);
};

/** The tier progress of each agreement, as the app's agreement engine last wrote it. */
export const describeAgreementProgress = (
  agreements: readonly CockpitAgreement[],
): AgreementProgressRow[] =>
  agreements.map((agreement) => ({
    name: agreement.name ?? 'Unnamed agreement',
    status: agreement.status ?? '—',
    volumeToDate: formatMicros(
      agreement.volumeToDateMicros,
      agreement.currency,
    ),
    nextTierThreshold: formatMicros(
      agreement.nextTierThresholdMicros,
      agreement.currency,
    ),
    progressPercent: tierProgressPercent(
      agreement.volumeToDateMicros,
      agreement.nextTierThresholdMicros,
    ),
    currentRebatePercent: agreement.currentRebatePercent,
  }));
