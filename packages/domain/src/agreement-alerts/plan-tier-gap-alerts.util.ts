import { countDaysBetween } from '../agreement-volume/iso-day.util';
import { type AgreementConflict } from '../agreement-conflicts/agreement-conflict.type';
import { applyBasisPoints } from '../money/basis-points.util';
import {
  type AgreementAlertInput,
  DEFAULT_TIER_GAP_THRESHOLD_BASIS_POINTS,
} from './agreement-alert-input.type';
import { buildAgreementAlert } from './build-agreement-alert.util';
import { formatAmountForPeople } from './format-for-people.util';

/**
 * AGREEMENTS.md "Tier gap". Projection method: linear in calendar days, volume to date ×
 * (days in the agreement ÷ days elapsed, today included), rounded down. When the projection falls
 * short of the next tier by less than the threshold, the team (GAM and the covered countries'
 * LAMs) is told how much is missing and how many days are left.
 */
export const planTierGapAlerts = ({
  progress,
  recipients,
  today,
  tierGapThresholdBasisPoints = DEFAULT_TIER_GAP_THRESHOLD_BASIS_POINTS,
}: AgreementAlertInput): AgreementConflict[] => {
  const { terms, volumeToDate, nextTierThreshold, nextTierNumber } = progress;
  if (
    terms.status !== 'ACTIVE' ||
    nextTierThreshold === null ||
    nextTierNumber === null
  )
    return [];
  if (today < terms.startDate || today > terms.endDateInclusive) return [];
  const elapsedDays = countDaysBetween(terms.startDate, today) + 1;
  const totalDays =
    countDaysBetween(terms.startDate, terms.endDateInclusive) + 1;
  const daysLeft = totalDays - elapsedDays;
  const projectedMinor = Number(
    (BigInt(volumeToDate.amountMinor) * BigInt(totalDays)) /
      BigInt(elapsedDays),
  );
  const shortfallMinor = nextTierThreshold.amountMinor - projectedMinor;
  const thresholdMinor = applyBasisPoints(
    nextTierThreshold.amountMinor,
    tierGapThresholdBasisPoints,
  );
  if (shortfallMinor <= 0 || shortfallMinor >= thresholdMinor) return [];
  const money = (amountMinor: number) =>
    formatAmountForPeople({ amountMinor, currency: volumeToDate.currency });
  const covered = terms.coveredCountries;
  return buildAgreementAlert({
    kind: 'TIER_GAP',
    severity: 'INFO',
    terms,
    scope: `${terms.id}:${String(nextTierNumber)}`,
    assignees: [
      recipients.globalAccountManagerId,
      ...recipients.localAccountManagers
        .filter(
          (manager) =>
            covered === null ||
            (manager.countryCode !== null && covered.has(manager.countryCode)),
        )
        .map((manager) => manager.workspaceMemberId),
    ],
    countries: covered === null ? [] : [...covered].sort(),
    summary: `At the current pace ${terms.name} ends at ${money(projectedMinor)} on ${terms.endDateInclusive}, ${money(shortfallMinor)} short of tier ${String(nextTierNumber)} (${money(nextTierThreshold.amountMinor)}): ${money(nextTierThreshold.amountMinor - volumeToDate.amountMinor)} more are needed in the ${String(daysLeft)} days left.`,
    details: {
      projectedVolumeMinor: projectedMinor,
      shortfallMinor,
      daysLeft,
      elapsedDays,
      totalDays,
      method: 'linear projection by calendar day',
    },
    evidence: { nextTierNumber },
  });
};
