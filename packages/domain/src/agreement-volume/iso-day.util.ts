import { type IsoDate } from '../shared/iso-date.util';

const DAY_MS = 86_400_000;

const toEpochDay = (day: IsoDate): number =>
  Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
  ) / DAY_MS;

/** The calendar day `days` after `day` (UTC; no clock involved). */
export const addDays = (day: IsoDate, days: number): IsoDate =>
  new Date((toEpochDay(day) + days) * DAY_MS)
    .toISOString()
    .slice(0, 10) as IsoDate;

/** Whole days from `from` to `to` (0 when equal, negative when `to` is earlier). */
export const countDaysBetween = (from: IsoDate, to: IsoDate): number =>
  toEpochDay(to) - toEpochDay(from);

/** Last day of the calendar quarter holding `day`. */
export const endOfQuarter = (day: IsoDate): IsoDate => {
  const year = Number(day.slice(0, 4));
  const quarterEndMonth =
    (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) * 3;
  return addDays(
    `${quarterEndMonth === 12 ? year + 1 : year}-${String((quarterEndMonth % 12) + 1).padStart(2, '0')}-01` as IsoDate,
    -1,
  );
};
