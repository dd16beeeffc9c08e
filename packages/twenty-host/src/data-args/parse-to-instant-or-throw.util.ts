import { isValid, parse } from 'date-fns';
import { Temporal } from 'temporal-polyfill';

import { NON_ISO_DATE_FORMATS } from './date-input-formats.constant';

// Twenty: packages/twenty-shared/src/utils/date/parseToInstantOrThrow.ts — an ISO instant,
// else an ISO local date(-time) read as UTC, else a non-ISO date at UTC midnight.
const tryParseInstant = (
  parseInstant: () => Temporal.Instant,
): Temporal.Instant | null => {
  try {
    return parseInstant();
  } catch {
    return null;
  }
};

export const parseToInstantOrThrow = (
  stringDateTime: string,
): Temporal.Instant => {
  const isoInstant =
    tryParseInstant(() => Temporal.Instant.from(stringDateTime)) ??
    tryParseInstant(() =>
      Temporal.PlainDateTime.from(stringDateTime)
        .toZonedDateTime('UTC')
        .toInstant(),
    );
  if (isoInstant !== null) return isoInstant;
  for (const format of NON_ISO_DATE_FORMATS) {
    const parsed = parse(stringDateTime, format, new Date(0));
    if (isValid(parsed)) {
      // turnJSDateToPlainDate: the calendar date as written, at UTC midnight.
      return Temporal.PlainDate.from({
        year: parsed.getFullYear(),
        month: parsed.getMonth() + 1,
        day: parsed.getDate(),
      })
        .toZonedDateTime('UTC')
        .toInstant();
    }
  }
  throw new Error(
    `Cannot parse date-time string as Instant: "${stringDateTime}"`,
  );
};
