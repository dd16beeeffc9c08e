import { parseCurrencyCode, type CurrencyCode } from '../money/currency.util';
import { convertMoney, type RateTable } from '../money/exchange-rate.util';
import { type Money } from '../money/money.type';
import { fail, ok, type Result } from '../shared/result.type';
import { compareText } from '../shared/sort-small.util';
import {
  type CountryAmount,
  type CurrencyPair,
  type RollupProblem,
} from './global-account-rollup.type';
import { microsToMinorUnits } from './micros-to-minor-units.util';

export type AmountCell = {
  countryCode: string | null;
  currencyCode: string | null;
  amountMicros: bigint;
};

export type ReportingSum = {
  /** null when a rate is missing: a partial total is never produced. */
  converted: { total: Money; byCountry: CountryAmount[] } | null;
  missingPairs: CurrencyPair[];
  /** Each currency on its own, unconverted. */
  byCurrency: Money[];
};

type Cell = { countryCode: string | null; money: Money };

const toSafeMoney = (
  amountMinor: bigint,
  currency: CurrencyCode,
): Result<Money, RollupProblem> =>
  amountMinor <= BigInt(Number.MAX_SAFE_INTEGER) &&
  amountMinor >= BigInt(Number.MIN_SAFE_INTEGER)
    ? ok({ amountMinor: Number(amountMinor), currency })
    : fail({
        code: 'INVALID_INPUT',
        message: `a ${currency} total exceeds the largest exact amount`,
      });

const add = <TKey>(sums: Map<TKey, bigint>, key: TKey, value: bigint): void => {
  sums.set(key, (sums.get(key) ?? 0n) + value);
};

// Sums micros per (country, currency) first, then rounds each cell to minor units once.
const sumCells = (
  cells: readonly AmountCell[],
): Result<Cell[], RollupProblem> => {
  const sums = new Map<string, bigint>();
  for (const cell of cells) {
    if (cell.amountMicros === 0n) continue;
    if (cell.currencyCode === null) {
      return fail({
        code: 'INVALID_INPUT',
        message: 'an amount has no currency',
      });
    }
    add(
      sums,
      JSON.stringify([cell.countryCode, cell.currencyCode]),
      cell.amountMicros,
    );
  }
  const result: Cell[] = [];
  for (const [key, micros] of sums) {
    const [countryCode, code] = JSON.parse(key) as [string | null, string];
    const currency = parseCurrencyCode(code);
    if (!currency.success) {
      return fail({
        code: 'INVALID_INPUT',
        message: `unknown currency "${code}"`,
      });
    }
    const money = toSafeMoney(
      microsToMinorUnits(micros, currency.data),
      currency.data,
    );
    if (!money.success) return money;
    result.push({ countryCode, money: money.data });
  }
  return ok(result);
};

const toMoneyList = <TKey>(
  sums: Map<TKey, bigint>,
  currencyOf: (key: TKey) => CurrencyCode,
): Result<{ key: TKey; money: Money }[], RollupProblem> => {
  const list: { key: TKey; money: Money }[] = [];
  for (const [key, amountMinor] of sums) {
    const money = toSafeMoney(amountMinor, currencyOf(key));
    if (!money.success) return money;
    list.push({ key, money: money.data });
  }
  return ok(
    list.sort((a, b) => compareText(String(a.key ?? ''), String(b.key ?? ''))),
  );
};

/**
 * Adds grouped amounts in the reporting currency. Each (country, currency) cell is converted
 * once, so the countries add up exactly to the total; two currencies are only ever added once
 * converted, and a missing rate yields no total at all.
 */
export const sumInReportingCurrency = ({
  cells,
  reportingCurrency,
  rates,
}: {
  cells: readonly AmountCell[];
  reportingCurrency: CurrencyCode;
  rates: RateTable;
}): Result<ReportingSum, RollupProblem> => {
  const summed = sumCells(cells);
  if (!summed.success) return summed;
  const perCurrency = new Map<CurrencyCode, bigint>();
  const perCountry = new Map<string | null, bigint>();
  const missing = new Map<string, CurrencyPair>();
  for (const { countryCode, money } of summed.data) {
    add(perCurrency, money.currency, BigInt(money.amountMinor));
    const converted = convertMoney(money, reportingCurrency, rates);
    if (converted === undefined) {
      missing.set(money.currency, {
        fromCurrency: money.currency,
        toCurrency: reportingCurrency,
      });
    } else {
      add(perCountry, countryCode, BigInt(converted.amountMinor));
    }
  }
  const byCurrency = toMoneyList(perCurrency, (currency) => currency);
  const byCountry = toMoneyList(perCountry, () => reportingCurrency);
  const total = toSafeMoney(
    [...perCountry.values()].reduce((a, b) => a + b, 0n),
    reportingCurrency,
  );
  if (!byCurrency.success) return byCurrency;
  if (!byCountry.success) return byCountry;
  if (!total.success) return total;
  const missingPairs = [...missing.values()].sort((a, b) =>
    compareText(a.fromCurrency, b.fromCurrency),
  );
  return ok({
    converted:
      missingPairs.length > 0
        ? null
        : {
            total: total.data,
            byCountry: byCountry.data.map(({ key, money }) => ({
              countryCode: key,
              amount: money,
            })),
          },
    missingPairs,
    byCurrency: byCurrency.data.map(({ money }) => money),
  });
};
