import {
  EXTRA_NAME_SUFFIXES,
  LEGAL_FORMS_BY_JURISDICTION,
} from './legal-forms.constant';
import { tokeniseFoldedName } from './tokenise-folded-name.util';

// Each form as token sequences: "Sp. z o.o." → "sp z o o" and, written together, "spzoo".
const FORM_SEQUENCES: ReadonlySet<string> = new Set(
  [...Object.values(LEGAL_FORMS_BY_JURISDICTION).flat(), ...EXTRA_NAME_SUFFIXES]
    .map(tokeniseFoldedName)
    .filter((tokens) => tokens.length > 0)
    .flatMap((tokens) => [tokens.join(' '), tokens.join('')]),
);
// Candidate lengths by the token a form ends with (for the end of a name) or starts with.
const lengthsBy = (edge: 'first' | 'last'): ReadonlyMap<string, number[]> => {
  const map = new Map<string, number[]>();
  for (const form of FORM_SEQUENCES) {
    const tokens = form.split(' ');
    const key = (
      edge === 'last' ? tokens[tokens.length - 1] : tokens[0]
    ) as string;
    map.set(
      key,
      [...new Set([...(map.get(key) ?? []), tokens.length])].sort(
        (a, b) => b - a,
      ),
    );
  }
  return map;
};
const LENGTHS_BY_LAST = lengthsBy('last');
const LENGTHS_BY_FIRST = lengthsBy('first');

const formLengthAt = (
  tokens: readonly string[],
  where: 'start' | 'end',
): number => {
  const edge = where === 'end' ? tokens[tokens.length - 1] : tokens[0];
  const lengths =
    edge === undefined
      ? undefined
      : (where === 'end' ? LENGTHS_BY_LAST : LENGTHS_BY_FIRST).get(edge);
  for (const length of lengths ?? []) {
    if (length > tokens.length) continue;
    const slice =
      where === 'end'
        ? tokens.slice(tokens.length - length)
        : tokens.slice(0, length);
    if (FORM_SEQUENCES.has(slice.join(' '))) return length;
  }
  return 0;
};

/**
 * Removes legal forms at the end of a name (repeatedly: "GmbH & Co. KG"), then at its start
 * ("AB Volvo", "UAB Telia"). Forms inside a name stay: they are part of it.
 * A name made only of legal forms yields no tokens.
 */
export const stripLegalForms = (tokens: readonly string[]): string[] => {
  let remaining = [...tokens];
  for (
    let length = formLengthAt(remaining, 'end');
    length > 0;
    length = formLengthAt(remaining, 'end')
  ) {
    remaining = remaining.slice(0, remaining.length - length);
  }
  for (
    let length = formLengthAt(remaining, 'start');
    length > 0;
    length = formLengthAt(remaining, 'start')
  ) {
    remaining = remaining.slice(length);
  }
  return remaining;
};
