import { fail, ok, type Result } from '../shared/result.type';
import {
  VAT_PREFIX_BY_COUNTRY,
  VAT_PREFIX_COUNTRIES,
  VAT_SUFFIX_BY_COUNTRY,
} from './vat-prefixes.constant';

export type NormalisedRegistrationNumber = {
  /** The number without separators or country prefix: company.registrationNumber. */
  number: string;
  /** The country the number belongs to: the company's, or the one its VAT prefix names. */
  countryCode: string | null;
  /** Country-qualified key ("DE:123456789"), null when the country is unknown. */
  registrationKey: string | null;
};

export type RegistrationNumberError = {
  code:
    | 'EMPTY'
    | 'INVALID_CHARACTERS'
    | 'NO_DIGITS'
    | 'TOO_SHORT'
    | 'TOO_LONG'
    | 'PLACEHOLDER';
  message: string;
};

const SEPARATORS = /[\s\u00a0\-./_:,]+/g;
const MIN_LENGTH = 5;
const MAX_LENGTH = 20;

const prefixesOf = (country: string): readonly string[] =>
  VAT_PREFIX_BY_COUNTRY[country] ??
  (VAT_PREFIX_COUNTRIES.includes(country) ? [country] : []);

// Strip a country prefix only when a number with digits follows it, so a number whose
// letters are its own ("NL…B01", "IE1234567T", "ATU…", "GBGD001") keeps them.
const splitPrefix = (
  value: string,
  country: string | null,
): { country: string | null; rest: string } => {
  const candidates = country !== null ? [country] : VAT_PREFIX_COUNTRIES;
  for (const candidate of candidates) {
    for (const prefix of prefixesOf(candidate)) {
      let rest = value;
      // A doubled prefix ("DE DE123…") goes too, so normalising twice changes nothing.
      while (
        rest.startsWith(prefix) &&
        /\d/.test(rest.slice(prefix.length)) &&
        rest.length - prefix.length >= MIN_LENGTH - 1
      ) {
        rest = rest.slice(prefix.length);
      }
      if (rest !== value) return { country: candidate, rest };
    }
  }
  return { country, rest: value };
};

const invalid = (code: RegistrationNumberError['code'], message: string) =>
  fail({ code, message });

/**
 * A VAT or company registration number without spaces, dashes, dots or country prefix:
 * "DE 123 456 789" and "123456789" with country DE give the same number and key.
 * Refuses (with a reason) what cannot be a number: no digits, odd characters, too short or
 * long, or one digit repeated ("000000000").
 */
export const normaliseRegistrationNumber = (input: {
  value: string | null | undefined;
  countryCode: string | null | undefined;
}): Result<NormalisedRegistrationNumber, RegistrationNumberError> => {
  const raw = (input.value ?? '').trim();
  if (raw.length === 0)
    return invalid('EMPTY', 'No registration number given.');
  const compact = raw.toUpperCase().replace(SEPARATORS, '');
  const odd = compact.replace(/[A-Z0-9]/g, '');
  if (odd.length > 0) {
    return invalid(
      'INVALID_CHARACTERS',
      `"${raw}" contains characters a registration number never has: ${[...new Set(odd)].join(' ')}.`,
    );
  }
  const given = (input.countryCode ?? '').trim().toUpperCase();
  const country = /^[A-Z]{2}$/.test(given) ? given : null;
  const split = splitPrefix(compact, country);
  const suffixes = VAT_SUFFIX_BY_COUNTRY[split.country ?? ''] ?? [];
  let number = split.rest;
  for (
    let end = suffixes.find((s) => number.endsWith(s));
    end !== undefined;
    end = suffixes.find((s) => number.endsWith(s))
  ) {
    number = number.slice(0, -end.length);
  }
  if (!/\d/.test(number))
    return invalid(
      'NO_DIGITS',
      `"${raw}" has no digits: it is not a registration number.`,
    );
  if (number.length < MIN_LENGTH)
    return invalid(
      'TOO_SHORT',
      `"${raw}" is shorter than ${MIN_LENGTH} characters.`,
    );
  if (number.length > MAX_LENGTH)
    return invalid(
      'TOO_LONG',
      `"${raw}" is longer than ${MAX_LENGTH} characters.`,
    );
  if (/^(\d)\1*$/.test(number))
    return invalid(
      'PLACEHOLDER',
      `"${raw}" repeats one digit: it is a placeholder.`,
    );
  return ok({
    number,
    countryCode: split.country,
    registrationKey:
      split.country === null ? null : `${split.country}:${number}`,
  });
};
