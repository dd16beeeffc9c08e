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

const foldOnce = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(MARKS, '');

/**
 * Case and accent folding: "Müller Łódź" and "MULLER LODZ" fold alike. Compatibility
 * decomposition (NFKD) also folds ligatures, full-width and styled letters. Repeats until
 * nothing changes, so folding is idempotent for every input.
 */
export const foldText = (text: string): string => {
  let current = text;
  for (let round = 0; round < 4; round += 1) {
    const next = foldOnce(current);
    if (next === current) return next;
    current = next;
  }
  return current;
};
