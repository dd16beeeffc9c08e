import { fail, ok, type Result } from '../shared/result.type';
import { isIsoDate, type IsoDate } from '../shared/iso-date.util';

/** A fiscal year: starts on the first day of `fiscalYearStartMonth`, named by the year it starts in. */
export type FiscalYear = {
  year: number;
  startDate: IsoDate;
  endDateExclusive: IsoDate;
};

export type FiscalYearError = { code: 'INVALID_FISCAL_YEAR'; message: string };

const firstOfMonth = (year: number, month: number): IsoDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01` as IsoDate;

/** The fiscal year that contains `today` (start inclusive, end exclusive). */
export const resolveFiscalYear = ({
  today,
  fiscalYearStartMonth,
}: {
  today: string;
  fiscalYearStartMonth: number;
}): Result<FiscalYear, FiscalYearError> => {
  if (!isIsoDate(today)) {
    return fail({
      code: 'INVALID_FISCAL_YEAR',
      message: `today must be a YYYY-MM-DD date, got "${today}"`,
    });
  }
  if (
    !Number.isInteger(fiscalYearStartMonth) ||
    fiscalYearStartMonth < 1 ||
    fiscalYearStartMonth > 12
  ) {
    return fail({
      code: 'INVALID_FISCAL_YEAR',
      message: `fiscalYearStartMonth must be a month from 1 to 12, got ${String(fiscalYearStartMonth)}`,
    });
  }
  const calendarYear = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const year = month >= fiscalYearStartMonth ? calendarYear : calendarYear - 1;
  return ok({
    year,
    startDate: firstOfMonth(year, fiscalYearStartMonth),
    endDateExclusive: firstOfMonth(year + 1, fiscalYearStartMonth),
  });
};
