import { type CreditPeriod } from '../credit-ledger/credit-line.type';
import { toQuarterName, type IsoDate } from '../shared/iso-date.util';

const LAST_DAY_OF_QUARTER = ['03-31', '06-30', '09-30', '12-31'];

/** The calendar quarter holding a day, as an open credit period (the ledger's default period). */
export const quarterPeriodOf = (day: IsoDate): CreditPeriod => {
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const year = day.slice(0, 4);
  return {
    name: toQuarterName(day),
    startDate:
      `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01` as IsoDate,
    endDateInclusive:
      `${year}-${LAST_DAY_OF_QUARTER[quarter] ?? '12-31'}` as IsoDate,
    state: 'OPEN',
  };
};

/**
 * The credit period the post-install step creates: today's calendar quarter, unless a period
 * already covers today or already carries that name (then nothing: running twice creates one).
 */
export const planCurrentPeriod = ({
  periods,
  today,
}: {
  /** Stored periods as written (a day that cannot be read covers nothing). */
  periods: readonly {
    name: string;
    startDate: string;
    endDateInclusive: string;
  }[];
  today: IsoDate;
}): CreditPeriod | null => {
  const quarter = quarterPeriodOf(today);
  const covered = periods.some(
    (period) =>
      period.name === quarter.name ||
      (period.startDate <= today && today <= period.endDateInclusive),
  );
  return covered ? null : quarter;
};
