import { type CurrencyCode } from './currency.util';

/** An amount as a safe integer count of the currency's minor unit (cents for EUR, yen for JPY). */
export type Money = { amountMinor: number; currency: CurrencyCode };

export type MoneyError =
  | { code: 'UNKNOWN_CURRENCY'; currencyCode: string }
  | { code: 'INVALID_AMOUNT'; message: string };
