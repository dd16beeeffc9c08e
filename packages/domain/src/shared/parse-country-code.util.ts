import countries from 'i18n-iso-countries';

import { refuseInput, type InputError } from './input-error.type';
import { ok, type Result } from './result.type';

/** An ISO 3166-1 alpha-2 code in upper case, e.g. DE. */
export type CountryCode = string & { readonly __brand: 'CountryCode' };

// i18n-iso-countries keeps the ISO 3166-1 list up to date; only its alpha-2 codes are used.
const ALPHA_2_CODES: ReadonlySet<string> = new Set(
  Object.keys(countries.getAlpha2Codes()),
);

/** "de" and " DE " mean DE; a code that is not ISO 3166-1 alpha-2 is refused, naming the field. */
export const parseCountryCode = ({
  field,
  value,
}: {
  field: string;
  value: string;
}): Result<CountryCode, InputError> => {
  const code = value.trim().toUpperCase();
  return ALPHA_2_CODES.has(code)
    ? ok(code as CountryCode)
    : refuseInput({
        field,
        message: `"${value}" is not an ISO 3166-1 alpha-2 country code (such as DE or SE)`,
      });
};
