// talisman ships no types; the reference keeps them with this file in every package that
// compiles the domain from source (a plain .d.ts would only be seen by this package).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./talisman.d.ts" />
import doubleMetaphone from 'talisman/phonetics/double-metaphone';

import { PREFIX_KEY_LENGTH } from './matching-thresholds.constant';
import {
  type CompanyNameError,
  normaliseCompanyName,
} from './normalise-company-name.util';
import {
  type RegistrableDomainError,
  normaliseRegistrableDomain,
} from './normalise-registrable-domain.util';
import {
  type RegistrationNumberError,
  normaliseRegistrationNumber,
} from './normalise-registration-number.util';
import { SHARED_MAILBOX_DOMAINS } from './shared-mailbox-domains.constant';

/** The indexed TEXT fields the app writes on company; null when there is nothing to index. */
export type CompanyMatchKeys = {
  /** Name key (DATA-MODEL.md company.matchKey): exact-name candidates in any country. */
  matchKey: string | null;
  /** Brand key: same brand in another country (AFFILIATE). */
  matchBrandKey: string | null;
  /** Registrable domain, lower-case punycode; shared mailbox domains excluded. */
  matchDomain: string | null;
  /** Normalised registration number (company.registrationNumber) and its country-qualified key. */
  registrationNumber: string | null;
  matchRegistrationKey: string | null;
  /** Fuzzy blocking keys, country-scoped (POSSIBLE needs the same country): double metaphone
   * of each brand token, and the brand's first 4 letters with its length ("PL:nord:7"). */
  matchPhoneticKey: string | null;
  matchPrefixKey: string | null;
};

export type CompanyMatchIssue =
  | { field: 'name'; error: CompanyNameError }
  | {
      field: 'domainName';
      error:
        | RegistrableDomainError
        | { code: 'SHARED_MAILBOX_DOMAIN'; message: string };
    }
  | { field: 'registrationNumber'; error: RegistrationNumberError };

export type CompanyMatchInput = {
  name: string | null | undefined;
  domainName: string | null | undefined;
  countryCode: string | null | undefined;
  registrationNumber: string | null | undefined;
};

const countryOf = (code: string | null | undefined): string | null => {
  const upper = (code ?? '').trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) ? upper : null;
};

const phoneticOf = (tokens: readonly string[]): string =>
  tokens
    .map((token) => {
      const code = doubleMetaphone(token)[0];
      return code === '' ? token : code;
    })
    .join(' ');

/**
 * Every key a company is indexed under, plus what could not be normalised (with a reason).
 * Never throws: bad input leaves the matching key null and names the issue.
 */
export const buildCompanyMatchKeys = (
  input: CompanyMatchInput,
): {
  keys: CompanyMatchKeys;
  tokens: string[];
  brandTokens: string[];
  issues: CompanyMatchIssue[];
} => {
  const issues: CompanyMatchIssue[] = [];
  const country = countryOf(input.countryCode);
  const name = normaliseCompanyName(input.name);
  if (!name.success) issues.push({ field: 'name', error: name.error });
  const domain =
    input.domainName == null || input.domainName.trim() === ''
      ? null
      : normaliseRegistrableDomain(input.domainName);
  if (domain !== null && !domain.success)
    issues.push({ field: 'domainName', error: domain.error });
  const sharedMailbox =
    domain?.success === true && SHARED_MAILBOX_DOMAINS.includes(domain.data);
  if (sharedMailbox) {
    issues.push({
      field: 'domainName',
      error: {
        code: 'SHARED_MAILBOX_DOMAIN',
        message: `${domain.data} is a mailbox provider many companies share.`,
      },
    });
  }
  const registration =
    input.registrationNumber == null || input.registrationNumber.trim() === ''
      ? null
      : normaliseRegistrationNumber({
          value: input.registrationNumber,
          countryCode: country,
        });
  if (registration !== null && !registration.success)
    issues.push({ field: 'registrationNumber', error: registration.error });
  const brand = name.success ? name.data : null;
  return {
    keys: {
      matchKey: brand?.matchKey ?? null,
      matchBrandKey: brand?.brandKey ?? null,
      matchDomain:
        domain?.success === true && !sharedMailbox ? domain.data : null,
      registrationNumber:
        registration?.success === true ? registration.data.number : null,
      matchRegistrationKey:
        registration?.success === true
          ? registration.data.registrationKey
          : null,
      matchPhoneticKey:
        brand !== null && country !== null
          ? `${country}:${phoneticOf(brand.brandTokens)}`
          : null,
      matchPrefixKey:
        brand !== null && country !== null
          ? `${country}:${brand.brandKey.slice(0, PREFIX_KEY_LENGTH)}:${brand.brandKey.length}`
          : null,
    },
    tokens: brand?.tokens ?? [],
    brandTokens: brand?.brandTokens ?? [],
    issues,
  };
};
