// Letters that Unicode does not decompose into a base letter plus a mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ς: 'σ',
};
const SPECIAL_PATTERN = new RegExp(
  `[${Object.keys(SPECIAL_LETTERS).join('')}]`,
  'gu',
);
const MARKS = /\p{M}/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// Combining marks of Latin letters, then (only if something non-ASCII is left) every mark.
const LATIN_MARKS = /[\u0300-\u036f]/g;
const stripMarks = (text: string): string => {
  const latin = text.replace(LATIN_MARKS, '');
  return PRINTABLE_ASCII.test(latin) ? latin : latin.replace(MARKS, '');
};

const foldOnce = (text: string): string =>
  stripMarks(
    stripMarks(text.normalize('NFKD'))
      .toLowerCase()
      .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
      .normalize('NFKD'),
  );

/**
 * Case and accent folding: "Müller Łódź" and "MULLER LODZ" fold alike. Compatibility
 * decomposition (NFKD) also folds ligatures, full-width and styled letters. Repeats until
 * nothing changes, so folding is idempotent for every input.
 */
export const foldText = (text: string): string => {
  // Fast path: printable ASCII folds by lower-casing alone.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  let current = foldOnce(text);
  if (PRINTABLE_ASCII.test(current)) return current;
  for (let round = 0; round < 4; round += 1) {
    const next = foldOnce(current);
    if (next === current) return next;
    current = next;
  }
  return current;
};
