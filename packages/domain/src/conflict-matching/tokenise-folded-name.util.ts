import { foldText } from './fold-text.util';

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Folds a name and splits it into letter-or-digit tokens; "&" and "+" read as "and". */
export const tokeniseFoldedName = (name: string): string[] =>
  foldText(name)
    .replace(/[&+]/g, ' and ')
    .split(SEPARATORS)
    .filter((token) => token.length > 0);
