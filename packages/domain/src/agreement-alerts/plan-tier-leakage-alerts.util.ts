import { type AgreementConflict } from '../agreement-conflicts/agreement-conflict.type';
import { type Money } from '../money/money.type';
import { findReachedTier } from '../rebate-tiers/find-reached-tier.util';
import { computeRebate } from '../rebate-tiers/compute-rebate.util';
import { type AgreementAlertInput } from './agreement-alert-input.type';
import { buildAgreementAlert } from './build-agreement-alert.util';
import {
  formatAmountForPeople,
  formatBasisPointsForPeople,
} from './format-for-people.util';

const joinCountries = (countries: readonly string[]): string =>
  countries.length < 2
    ? (countries[0] ?? '')
    : `${countries.slice(0, -1).join(', ')} and ${countries.at(-1) ?? ''}`;

/**
 * AGREEMENTS.md "Tier leakage": a covered country whose off-agreement volume would lift the
 * agreement into a higher tier, in one sentence with the figures ("off-agreement orders of
 * 38,000 EUR in PL would reach tier 2: +2% on 410,000 EUR"). When no country does alone but
 * all of them together do, one alert names them all. Sent to the GAM and the countries' LAMs.
 */
export const planTierLeakageAlerts = ({
  progress,
  recipients,
}: AgreementAlertInput): AgreementConflict[] => {
  const { terms, volumeToDate } = progress;
  if (terms.status !== 'ACTIVE') return [];
  const current = findReachedTier(terms.tiers, volumeToDate.amountMinor);
  const leak = (countries: string[], offVolume: Money): AgreementConflict[] => {
    const totalMinor = volumeToDate.amountMinor + offVolume.amountMinor;
    const reached = findReachedTier(terms.tiers, totalMinor);
    if (
      reached === undefined ||
      reached.tierNumber <= (current?.tierNumber ?? 0)
    )
      return [];
    const total = { amountMinor: totalMinor, currency: volumeToDate.currency };
    const increase = reached.basisPoints - (current?.basisPoints ?? 0);
    const rebateOf = (volumeMinor: number) =>
      computeRebate({
        tiers: terms.tiers,
        retroactive: terms.retroactive,
        volumeMinor,
      });
    return buildAgreementAlert({
      kind: 'TIER_LEAKAGE',
      severity: 'WARNING',
      terms,
      scope: `${terms.id}:${countries.join('+')}`,
      assignees: [
        recipients.globalAccountManagerId,
        ...recipients.localAccountManagers
          .filter(
            (manager) =>
              manager.countryCode !== null &&
              countries.includes(manager.countryCode),
          )
          .map((manager) => manager.workspaceMemberId),
      ],
      countries,
      summary: `off-agreement orders of ${formatAmountForPeople(offVolume)} in ${joinCountries(countries)} would reach tier ${String(reached.tierNumber)}: +${formatBasisPointsForPeople(increase)} on ${formatAmountForPeople(total)}`,
      details: {
        offAgreementVolumeMinor: offVolume.amountMinor,
        volumeWithOrdersMinor: totalMinor,
        tierNumber: reached.tierNumber,
        rebateGainMinor:
          rebateOf(totalMinor) - rebateOf(volumeToDate.amountMinor),
        currency: volumeToDate.currency,
      },
      evidence: {
        countries,
        tierNumber: reached.tierNumber,
        currentTier: current?.tierNumber ?? 0,
      },
    });
  };
  const byCountry = progress.offAgreementVolumeByCountry.flatMap(
    ({ countryCode, volume }) => leak([countryCode], volume),
  );
  if (byCountry.length > 0 || progress.offAgreementVolumeByCountry.length < 2)
    return byCountry;
  return leak(
    progress.offAgreementVolumeByCountry.map((entry) => entry.countryCode),
    progress.offAgreementVolume,
  );
};
