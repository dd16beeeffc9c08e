/** A calendar day as `YYYY-MM-DD`; such strings compare in date order. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const isIsoDate = (value: unknown): value is IsoDate =>
  typeof value === 'string' && ISO_DATE_PATTERN.test(value);

/** The calendar day of an instant, in UTC. */
export const toIsoDate = (instant: Date): IsoDate =>
  instant.toISOString().slice(0, 10) as IsoDate;

/** Calendar quarter name of a day, e.g. 2026-Q4. */
export const toQuarterName = (day: IsoDate): string => {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
};
