import { refuseInput, type InputError } from './input-error.type';
import { isIsoDate, type IsoDate } from './iso-date.util';
import { ok, type Result } from './result.type';

// Twenty's DATE fields answer `YYYY-MM-DD`, its DATE_TIME fields an ISO 8601 instant such as
// 2026-11-27T12:00:00.000Z; both are read. The day is the one written in the value.
const DATE_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/**
 * A calendar day from `YYYY-MM-DD` or an ISO date-time; anything else is refused with a
 * message that names the field (never read as "no date").
 */
export const parseIsoDay = ({
  field,
  value,
}: {
  field: string;
  value: string;
}): Result<IsoDate, InputError> => {
  const trimmed = value.trim();
  if (isIsoDate(trimmed) && isRealDay(trimmed)) return ok(trimmed);
  const day = DATE_TIME_PATTERN.exec(trimmed)?.[1];
  if (day !== undefined && isIsoDate(day) && isRealDay(day)) return ok(day);
  return refuseInput({
    field,
    message: `expected a date such as 2026-11-27 or 2026-11-27T12:00:00Z, got "${value}"`,
  });
};

// 2026-02-30 matches the pattern but is no day of the calendar.
const isRealDay = (day: IsoDate): boolean => {
  const [year, month, date] = day.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const instant = new Date(Date.UTC(year, month - 1, date));
  return instant.getUTCMonth() === month - 1 && instant.getUTCDate() === date;
};
