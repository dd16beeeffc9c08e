import { moneyFromMicros } from '../money/micros.util';
import { type CompanyId } from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';
import { fail, ok, type Result } from '../shared/result.type';
import { type AgreementEngineError } from './agreement-engine-error.type';
import {
  type FamilyCompany,
  type VolumeBucket,
} from './agreement-engine-input.type';
import { type AgreementTerms } from './agreement-terms.type';

/** Totals per currency (minor units of that currency): currencies are never added together here. */
export type CurrencyTotals = Map<string, number>;

export type AgreementVolumeSums = {
  /** Linked volume per settlement period (same index as `periodEnds`). */
  linkedByPeriod: CurrencyTotals[];
  /** Won volume of covered family companies not linked to the agreement, per country. */
  offAgreementByCountry: Map<string, CurrencyTotals>;
};

const add = (totals: CurrencyTotals, currency: string, amount: number) => {
  totals.set(currency, (totals.get(currency) ?? 0) + amount);
};

// First period whose end is on or after the day (periodEnds ascending).
const findPeriodIndex = (periodEnds: readonly IsoDate[], day: IsoDate) => {
  let low = 0;
  let high = periodEnds.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((periodEnds[middle] as IsoDate) < day) low = middle + 1;
    else high = middle;
  }
  return low;
};

/**
 * AGREEMENTS.md "Volume": won deals of family companies in covered countries, closed inside the
 * agreement's dates and on or after the company joined the family. Linked deals count toward
 * the tier; the others are off-agreement volume.
 */
export const sumAgreementVolume = ({
  terms,
  companies,
  buckets,
  periodEnds,
}: {
  terms: AgreementTerms;
  companies: ReadonlyMap<CompanyId, FamilyCompany>;
  buckets: readonly VolumeBucket[];
  periodEnds: readonly IsoDate[];
}): Result<AgreementVolumeSums, AgreementEngineError> => {
  const linkedByPeriod = periodEnds.map((): CurrencyTotals => new Map());
  const offAgreementByCountry = new Map<string, CurrencyTotals>();
  for (const bucket of buckets) {
    const day = bucket.closeDate;
    if (day < terms.startDate || day > terms.endDateInclusive) continue;
    const company = companies.get(bucket.companyId);
    if (company === undefined || company.countryCode === null) continue;
    if (company.globalAccountSince !== null && day < company.globalAccountSince)
      continue;
    if (
      terms.coveredCountries !== null &&
      !terms.coveredCountries.has(company.countryCode)
    )
      continue;
    const money = moneyFromMicros(
      bucket.amount.amountMicros,
      bucket.amount.currencyCode,
    );
    if (!money.success) {
      return fail({
        ...money.error,
        message: `a won deal volume of ${String(bucket.amount.amountMicros)} micros ${bucket.amount.currencyCode} cannot be read: ${money.error.code}`,
      });
    }
    if (bucket.frameworkAgreementId === terms.id) {
      const totals = linkedByPeriod[findPeriodIndex(periodEnds, day)];
      if (totals !== undefined)
        add(totals, money.data.currency, money.data.amountMinor);
      continue;
    }
    let country = offAgreementByCountry.get(company.countryCode);
    if (country === undefined) {
      country = new Map();
      offAgreementByCountry.set(company.countryCode, country);
    }
    add(country, money.data.currency, money.data.amountMinor);
  }
  return ok({ linkedByPeriod, offAgreementByCountry });
};
