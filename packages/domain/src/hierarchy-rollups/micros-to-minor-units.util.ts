import { getCurrencyExponent, type CurrencyCode } from '../money/currency.util';

/** amountMicros as minor units of the currency, rounded half away from zero (as moneyFromMicros). */
export const microsToMinorUnits = (
  amountMicros: bigint,
  currency: CurrencyCode,
): bigint => {
  const step = 10n ** BigInt(6 - getCurrencyExponent(currency));
  const magnitude = amountMicros < 0n ? -amountMicros : amountMicros;
  const units = (magnitude * 2n + step) / (step * 2n);
  return amountMicros < 0n ? -units : units;
};
