import { parseToInstantOrThrow } from '../data-args/parse-to-instant-or-throw.util';

/**
 * What Twenty's `DateTime` input scalar (GraphQLISODateTime of @nestjs/graphql 14,
 * dist/scalars/iso-date.scalar.js: `new Date(value)`) hands to the resolvers, as the host
 * needs it: a valid value becomes an ISO instant string; an invalid one stays an
 * `Invalid Date`, which the data validator refuses with Twenty's message
 * (`Invalid value Invalid Date for date-time field "…"`). A date-time without offset is
 * read as UTC (Twenty servers run in UTC) instead of the host's local zone.
 */
export const parseDateTimeInput = (value: unknown): string | Date => {
  if (typeof value === 'string') {
    try {
      return parseToInstantOrThrow(value).toString();
    } catch {
      // Fall through to JavaScript's own date parser, as `new Date(value)` does.
    }
  }
  const date =
    typeof value === 'string' || typeof value === 'number'
      ? new Date(value)
      : new Date(Number.NaN);
  return Number.isNaN(date.getTime()) ? date : date.toISOString();
};
