import { convertMoney, type RateTable } from '../money/exchange-rate.util';
import { type CurrencyCode } from '../money/currency.util';
import { fail, ok, type Result } from '../shared/result.type';
import { type AgreementEngineError } from './agreement-engine-error.type';
import { type CurrencyTotals } from './sum-agreement-volume.util';

/**
 * Per-currency totals in the agreement currency: each currency's exact total is converted once
 * at the admin's explicit rate, then the converted amounts are added. A currency without a rate
 * refuses the whole computation, naming the pair.
 */
export const convertCurrencyTotals = ({
  totals,
  to,
  rates,
}: {
  totals: CurrencyTotals;
  to: CurrencyCode;
  rates: RateTable;
}): Result<number, AgreementEngineError> => {
  let sum = 0;
  for (const [currency, amountMinor] of totals) {
    const converted = convertMoney(
      { amountMinor, currency: currency as CurrencyCode },
      to,
      rates,
    );
    if (converted === undefined) {
      const reachable = [...rates.keys()].some((pair) =>
        pair.endsWith(`>${to}`),
      );
      return fail(
        reachable
          ? {
              code: 'MISSING_EXCHANGE_RATE',
              fromCurrency: currency,
              toCurrency: to,
              message: `no exchange rate from ${currency} to ${to}: add one to the app settings so ${currency} volume counts toward the agreement`,
            }
          : {
              code: 'AGREEMENT_CURRENCY_UNREACHABLE',
              currency: to,
              message: `the agreement is in ${to}, which no exchange rate reaches, and it has volume in ${currency}: add a ${currency} to ${to} rate`,
            },
      );
    }
    sum += converted.amountMinor;
  }
  return ok(sum);
};
