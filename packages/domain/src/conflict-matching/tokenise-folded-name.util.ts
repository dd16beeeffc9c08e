import { foldText } from './fold-text.util';

const SEPARATORS = /[^\p{L}\p{N}]+/u;
const ASCII_SEPARATORS = /[^a-z0-9]+/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Folds a name and splits it into letter-or-digit tokens; "&" and "+" read as "and". */
export const tokeniseFoldedName = (name: string): string[] => {
  const folded = foldText(name).replace(/[&+]/g, ' and ');
  // Folded names are mostly ASCII: a plain split is several times faster than \p{…}.
  const separators = PRINTABLE_ASCII.test(folded)
    ? ASCII_SEPARATORS
    : SEPARATORS;
  return folded.split(separators).filter((token) => token.length > 0);
};
