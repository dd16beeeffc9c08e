import { type AgreementRecord } from '../agreement-volume/agreement-engine-input.type';
import { type IsoDate } from '../shared/iso-date.util';
import { type ComplianceCompany } from './deal-compliance.type';
import { isAgreementInForce } from './is-agreement-in-force.util';

/**
 * The family's agreements in force on `day` that cover the company: its country is covered
 * (empty coveredCountries = all) and it belonged to the family on that day.
 */
export const findCoveringAgreements = ({
  company,
  agreements,
  day,
  today,
}: {
  company: ComplianceCompany;
  agreements: readonly AgreementRecord[];
  day: IsoDate;
  today: IsoDate;
}): AgreementRecord[] => {
  const { countryCode, globalAccountId, globalAccountSince } = company;
  if (globalAccountId === null || countryCode === null) return [];
  if (globalAccountSince !== null && day < globalAccountSince) return [];
  return agreements.filter(
    (agreement) =>
      agreement.globalAccountId === globalAccountId &&
      (agreement.coveredCountries.length === 0 ||
        agreement.coveredCountries.includes(countryCode)) &&
      isAgreementInForce({ agreement, day, today }),
  );
};
