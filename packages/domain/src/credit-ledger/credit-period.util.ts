import { fail, ok, type Result } from '../shared/result.type';
import { toQuarterName, type IsoDate } from '../shared/iso-date.util';
import { type CreditPeriod } from './credit-line.type';

export type PeriodRef = { name: string; isClosed: boolean };

/** The period holding a day; a day no creditPeriod covers falls in its calendar quarter, open. */
export const findCreditPeriod = (
  periods: readonly CreditPeriod[],
  day: IsoDate,
): PeriodRef => {
  for (const period of periods) {
    if (period.startDate <= day && day <= period.endDateInclusive) {
      return { name: period.name, isClosed: period.state === 'CLOSED' };
    }
  }
  const name = toQuarterName(day);
  const named = periods.find((period) => period.name === name);
  return { name, isClosed: named?.state === 'CLOSED' };
};

export type NoOpenPeriodError = {
  code: 'NO_OPEN_PERIOD';
  day: IsoDate;
  message: string;
};

/** Where corrections go: the open period holding today, else the next open one. */
export const findAdjustmentPeriod = (
  periods: readonly CreditPeriod[],
  today: IsoDate,
): Result<string, NoOpenPeriodError> => {
  const current = findCreditPeriod(periods, today);
  if (!current.isClosed) return ok(current.name);
  const next = periods
    .filter((period) => period.state === 'OPEN' && period.startDate > today)
    .sort((left, right) => (left.startDate < right.startDate ? -1 : 1))[0];
  return next !== undefined
    ? ok(next.name)
    : fail({
        code: 'NO_OPEN_PERIOD',
        day: today,
        message: `no open credit period on or after ${today}: open one so corrections can be posted`,
      });
};

const NO_CLOSED_PERIODS: ReadonlySet<string> = new Set();

export const closedPeriodNames = (
  periods: readonly CreditPeriod[],
): ReadonlySet<string> =>
  periods.some((period) => period.state === 'CLOSED')
    ? new Set(
        periods
          .filter((period) => period.state === 'CLOSED')
          .map((period) => period.name),
      )
    : NO_CLOSED_PERIODS;
