import { addDays, endOfQuarter } from '../agreement-volume/iso-day.util';
import { type CreditPeriod } from '../credit-ledger/credit-line.type';
import { toQuarterName, type IsoDate } from '../shared/iso-date.util';

/** A credit period as an agreement sees it; both dates included. */
export type SettlementPeriod = {
  name: string;
  startDate: IsoDate;
  endDateInclusive: IsoDate;
  isClosed: boolean;
};

const findHolding = (
  periods: readonly CreditPeriod[],
  day: IsoDate,
): CreditPeriod | undefined =>
  periods.find(
    (period) => period.startDate <= day && day <= period.endDateInclusive,
  );

/**
 * The credit periods from `from` to `toInclusive`, in date order. Days no creditPeriod holds
 * fall in their calendar quarter (open unless a closed creditPeriod bears its name), cut short
 * where a creditPeriod starts: the same rule as the credit ledger's findCreditPeriod.
 */
export const listSettlementPeriods = ({
  periods,
  from,
  toInclusive,
}: {
  periods: readonly CreditPeriod[];
  from: IsoDate;
  toInclusive: IsoDate;
}): SettlementPeriod[] => {
  const listed: SettlementPeriod[] = [];
  let day = from;
  while (day <= toInclusive) {
    const holding = findHolding(periods, day);
    if (holding !== undefined) {
      listed.push({
        name: holding.name,
        startDate: day,
        endDateInclusive: holding.endDateInclusive,
        isClosed: holding.state === 'CLOSED',
      });
      day = addDays(holding.endDateInclusive, 1);
      continue;
    }
    const name = toQuarterName(day);
    const nextStart = periods
      .map((period) => period.startDate)
      .filter((start) => start > day)
      .reduce(
        (earliest, start) => (start < earliest ? start : earliest),
        '9999-12-31' as IsoDate,
      );
    const quarterEnd = endOfQuarter(day);
    const end = nextStart <= quarterEnd ? addDays(nextStart, -1) : quarterEnd;
    const named = periods.find((period) => period.name === name);
    listed.push({
      name,
      startDate: day,
      endDateInclusive: end,
      isClosed: named?.state === 'CLOSED',
    });
    day = addDays(end, 1);
  }
  return listed;
};
