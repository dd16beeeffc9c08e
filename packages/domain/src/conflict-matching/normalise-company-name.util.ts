import { fail, ok, type Result } from '../shared/result.type';
import { BRAND_QUALIFIERS } from './brand-qualifiers.constant';
import { NAME_STOP_WORDS } from './legal-forms.constant';
import { stripLegalForms } from './strip-legal-forms.util';
import { tokeniseFoldedName } from './tokenise-folded-name.util';

export type NormalisedCompanyName = {
  /** Folded tokens without legal forms or connectors: ["nordlys", "polska"]. */
  tokens: string[];
  /** The name key (company.matchKey): the tokens written together, "nordlyspolska". */
  matchKey: string;
  /** Tokens without trailing place and family words (["nordlys"]); at least the first token. */
  brandTokens: string[];
  /** The brand key: the brand tokens written together. */
  brandKey: string;
};

export type CompanyNameError =
  | { code: 'EMPTY_NAME'; message: string }
  | { code: 'NO_NAME_LEFT'; message: string };

const STOP_WORDS = new Set(NAME_STOP_WORDS);
const QUALIFIERS = new Set(BRAND_QUALIFIERS);

/**
 * CONFLICTS.md "Normalise": case and accents folded, punctuation, connectors and legal forms
 * removed. "Nordlys Polska Sp. z o.o." and "NORDLYS-POLSKA" give one key.
 */
export const normaliseCompanyName = (
  name: string | null | undefined,
): Result<NormalisedCompanyName, CompanyNameError> => {
  const raw = (name ?? '').trim();
  if (raw.length === 0) {
    return fail({ code: 'EMPTY_NAME', message: 'The company has no name.' });
  }
  const withoutForms = stripLegalForms(tokeniseFoldedName(raw));
  const tokens = stripLegalForms(
    withoutForms.filter((token) => !STOP_WORDS.has(token)),
  );
  if (tokens.length === 0) {
    return fail({
      code: 'NO_NAME_LEFT',
      message: `"${raw}" is only a legal form or punctuation: it cannot be matched by name.`,
    });
  }
  let brandLength = tokens.length;
  while (brandLength > 1 && QUALIFIERS.has(tokens[brandLength - 1] as string)) {
    brandLength -= 1;
  }
  const brandTokens = tokens.slice(0, brandLength);
  return ok({
    tokens,
    matchKey: tokens.join(''),
    brandTokens,
    brandKey: brandTokens.join(''),
  });
};
