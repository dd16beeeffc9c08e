import { fail, ok, type Result } from '../shared/result.type';
import { getCurrencyExponent, parseCurrencyCode } from './currency.util';
import { type Money, type MoneyError } from './money.type';

const MICROS_EXPONENT = 6;

const microsPerMinorUnit = (exponent: number): number =>
  10 ** (MICROS_EXPONENT - exponent);

/**
 * Twenty stores money as amountMicros + currencyCode. Amounts finer than the currency's minor
 * unit are rounded half away from zero (Twenty's UI may keep more decimals than ISO 4217).
 */
export const moneyFromMicros = (
  amountMicros: number,
  currencyCode: string,
): Result<Money, MoneyError> => {
  const currency = parseCurrencyCode(currencyCode);
  if (!currency.success) return currency;
  if (!Number.isSafeInteger(amountMicros)) {
    return fail({
      code: 'INVALID_AMOUNT',
      message: `amountMicros must be a whole number of micros, got ${String(amountMicros)}`,
    });
  }
  const step = microsPerMinorUnit(getCurrencyExponent(currency.data));
  const magnitude = Math.abs(amountMicros);
  const remainder = magnitude % step;
  const units =
    (magnitude - remainder) / step + (remainder * 2 >= step ? 1 : 0);
  return ok({
    amountMinor: amountMicros < 0 ? -units : units,
    currency: currency.data,
  });
};

export const toAmountMicros = (money: Money): number =>
  money.amountMinor * microsPerMinorUnit(getCurrencyExponent(money.currency));

/** Human-readable amount, e.g. "100000.00 EUR"; exact (no floating point). */
export const formatMoney = (money: Money): string => {
  const exponent = getCurrencyExponent(money.currency);
  const digits = Math.abs(money.amountMinor)
    .toString()
    .padStart(exponent + 1, '0');
  const sign = money.amountMinor < 0 ? '-' : '';
  const units = digits.slice(0, digits.length - exponent);
  const fraction =
    exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${sign}${units}${fraction} ${money.currency}`;
};
