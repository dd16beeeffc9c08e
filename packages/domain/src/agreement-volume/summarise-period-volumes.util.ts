import { type CurrencyCode } from '../money/currency.util';
import { type RateTable } from '../money/exchange-rate.util';
import { type SettlementPeriod } from '../rebate-settlements/list-settlement-periods.util';
import { type IsoDate } from '../shared/iso-date.util';
import { ok, type Result } from '../shared/result.type';
import { type AgreementEngineError } from './agreement-engine-error.type';
import { type PeriodVolume } from './agreement-progress.type';
import { convertCurrencyTotals } from './convert-currency-totals.util';
import { type CurrencyTotals } from './sum-agreement-volume.util';

/**
 * Volume and cumulative volume per period, up to the last period that has started or holds
 * volume. The cumulative volume converts each currency's running total (never a sum of
 * converted deals), so it does not depend on how the deals were grouped.
 */
export const summarisePeriodVolumes = ({
  periods,
  linkedByPeriod,
  currency,
  rates,
  today,
}: {
  periods: readonly SettlementPeriod[];
  linkedByPeriod: readonly CurrencyTotals[];
  currency: CurrencyCode;
  rates: RateTable;
  today: IsoDate;
}): Result<PeriodVolume[], AgreementEngineError> => {
  let last = -1;
  periods.forEach((period, index) => {
    if (period.startDate <= today || (linkedByPeriod[index]?.size ?? 0) > 0)
      last = index;
  });
  const running: CurrencyTotals = new Map();
  const summaries: PeriodVolume[] = [];
  let previous = 0;
  for (let index = 0; index <= last; index += 1) {
    const period = periods[index] as SettlementPeriod;
    for (const [code, amount] of linkedByPeriod[index] ?? []) {
      running.set(code, (running.get(code) ?? 0) + amount);
    }
    const cumulative = convertCurrencyTotals({
      totals: running,
      to: currency,
      rates,
    });
    if (!cumulative.success) return cumulative;
    summaries.push({
      period: period.name,
      endDateInclusive: period.endDateInclusive,
      isClosed: period.isClosed,
      volume: { amountMinor: cumulative.data - previous, currency },
      cumulativeVolume: { amountMinor: cumulative.data, currency },
    });
    previous = cumulative.data;
  }
  return ok(summaries);
};
