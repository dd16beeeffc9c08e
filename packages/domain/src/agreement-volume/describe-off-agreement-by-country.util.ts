import { formatAmountForPeople } from '../agreement-alerts/format-for-people.util';
import { type Money } from '../money/money.type';
import { compareText } from '../shared/sort-small.util';

/**
 * The value of frameworkAgreement.offAgreementVolumeByCountry: each covered country with
 * off-agreement volume, largest first (ties by country code), "PL 38,000 EUR · DE 12,500.50 EUR";
 * empty when nothing leaked.
 */
export const describeOffAgreementByCountry = (
  byCountry: readonly { countryCode: string; volume: Money }[],
): string =>
  byCountry
    .filter(({ volume }) => volume.amountMinor !== 0)
    .sort((left, right) =>
      right.volume.amountMinor === left.volume.amountMinor
        ? compareText(left.countryCode, right.countryCode)
        : right.volume.amountMinor - left.volume.amountMinor,
    )
    .map(
      ({ countryCode, volume }) =>
        `${countryCode} ${formatAmountForPeople(volume)}`,
    )
    .join(' · ');
