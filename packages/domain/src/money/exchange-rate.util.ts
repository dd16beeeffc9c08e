import { fail, ok, type Result } from '../shared/result.type';
import { getCurrencyExponent, type CurrencyCode } from './currency.util';
import { type Money } from './money.type';

/** 1 unit of `from` buys `rate` units of `to`, as an exact decimal string ("11.4825"). */
export type ExchangeRate = {
  fromCurrency: string;
  toCurrency: string;
  rate: string;
};

type Ratio = { numerator: bigint; denominator: bigint };

export type RateError = { code: 'INVALID_RATE'; rate: string; message: string };

const DECIMAL_PATTERN = /^(\d{1,12})(?:\.(\d{1,12}))?$/;

export const parseRate = (rate: string): Result<Ratio, RateError> => {
  const match = DECIMAL_PATTERN.exec(rate);
  if (match === null) {
    return fail({
      code: 'INVALID_RATE',
      rate,
      message: `rate must be a positive decimal such as "11.4825", got "${rate}"`,
    });
  }
  const fraction = match[2] ?? '';
  const numerator = BigInt(`${match[1]}${fraction}`);
  if (numerator === 0n) {
    return fail({
      code: 'INVALID_RATE',
      rate,
      message: 'rate must be greater than zero',
    });
  }
  return ok({ numerator, denominator: 10n ** BigInt(fraction.length) });
};

export type RateTable = ReadonlyMap<string, Ratio>;

const pairKey = (from: string, to: string): string => `${from}>${to}`;

/** Explicit rates only; the inverse of a given rate is used when only the other direction is known. */
export const buildRateTable = (
  rates: readonly ExchangeRate[],
): Result<RateTable, RateError> => {
  const table = new Map<string, Ratio>();
  for (const rate of rates) {
    const ratio = parseRate(rate.rate);
    if (!ratio.success) return ratio;
    table.set(pairKey(rate.fromCurrency, rate.toCurrency), ratio.data);
    const inverseKey = pairKey(rate.toCurrency, rate.fromCurrency);
    if (!table.has(inverseKey)) {
      table.set(inverseKey, {
        numerator: ratio.data.denominator,
        denominator: ratio.data.numerator,
      });
    }
  }
  return ok(table);
};

const divideRoundingHalfUp = (dividend: bigint, divisor: bigint): bigint => {
  const negative = dividend < 0n;
  const magnitude = negative ? -dividend : dividend;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return negative ? -rounded : rounded;
};

/** The amount in `to`, rounded half up to its minor unit; undefined when no rate is known. */
export const convertMoney = (
  money: Money,
  to: CurrencyCode,
  rates: RateTable,
): Money | undefined => {
  if (money.currency === to) return money;
  const ratio = rates.get(pairKey(money.currency, to));
  if (ratio === undefined) return undefined;
  const scale = getCurrencyExponent(to) - getCurrencyExponent(money.currency);
  const dividend =
    BigInt(money.amountMinor) *
    ratio.numerator *
    10n ** BigInt(Math.max(scale, 0));
  const divisor = ratio.denominator * 10n ** BigInt(Math.max(-scale, 0));
  return {
    amountMinor: Number(divideRoundingHalfUp(dividend, divisor)),
    currency: to,
  };
};
