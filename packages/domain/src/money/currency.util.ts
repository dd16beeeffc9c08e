import currencyCodes from 'currency-codes';

import { fail, ok, type Result } from '../shared/result.type';

export type CurrencyCode = string & { readonly __brand: 'CurrencyCode' };

export type CurrencyError = { code: 'UNKNOWN_CURRENCY'; currencyCode: string };

// ISO 4217 lists funds, metals and test codes under pseudo-countries ("Zz…"); they are not money.
const isRealCurrency = (countries: readonly string[]): boolean =>
  countries.some((country) => !country.startsWith('Zz'));

const EXPONENTS: ReadonlyMap<string, number> = new Map(
  currencyCodes.data
    .filter((entry) => isRealCurrency(entry.countries))
    .map((entry) => [entry.code, entry.digits] as const),
);

export const parseCurrencyCode = (
  value: string,
): Result<CurrencyCode, CurrencyError> =>
  EXPONENTS.has(value)
    ? ok(value as CurrencyCode)
    : fail({ code: 'UNKNOWN_CURRENCY', currencyCode: value });

/** Number of decimals of the currency's minor unit (EUR 2, JPY 0, BHD 3). */
export const getCurrencyExponent = (currency: CurrencyCode): number => {
  const exponent = EXPONENTS.get(currency);
  if (exponent === undefined) {
    throw new Error(`Not an ISO 4217 currency: ${currency}`);
  }
  return exponent;
};
