import { type CurrencyCode } from '../money/currency.util';
import { type RateTable } from '../money/exchange-rate.util';
import { type Money } from '../money/money.type';
import { compareText } from '../shared/sort-small.util';
import { ok, type Result } from '../shared/result.type';
import { type AgreementEngineError } from './agreement-engine-error.type';
import { convertCurrencyTotals } from './convert-currency-totals.util';
import { type CurrencyTotals } from './sum-agreement-volume.util';

/** Off-agreement volume per country and in total, in the agreement currency. */
export const convertOffAgreementVolume = ({
  byCountry,
  currency,
  rates,
}: {
  byCountry: ReadonlyMap<string, CurrencyTotals>;
  currency: CurrencyCode;
  rates: RateTable;
}): Result<
  { total: Money; byCountry: { countryCode: string; volume: Money }[] },
  AgreementEngineError
> => {
  const countries: { countryCode: string; volume: Money }[] = [];
  let total = 0;
  for (const countryCode of [...byCountry.keys()].sort(compareText)) {
    const converted = convertCurrencyTotals({
      totals: byCountry.get(countryCode) as CurrencyTotals,
      to: currency,
      rates,
    });
    if (!converted.success) return converted;
    total += converted.data;
    countries.push({
      countryCode,
      volume: { amountMinor: converted.data, currency },
    });
  }
  return ok({ total: { amountMinor: total, currency }, byCountry: countries });
};
