// talisman ships no types; the reference keeps them with this file in every package that
// compiles the domain from source (a plain .d.ts would only be seen by this package).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./talisman.d.ts" />
import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein';
import { similarity as jaroWinkler } from 'talisman/metrics/jaro-winkler';

import {
  EXACT_TOKEN_MAX_LENGTH,
  POSSIBLE_NAME_SIMILARITY,
} from './matching-thresholds.constant';

const scoreTokens = (left: string, right: string): number => {
  if (left === right) return 1;
  if (Math.min(left.length, right.length) <= EXACT_TOKEN_MAX_LENGTH) return 0;
  return jaroWinkler(left, right);
};

const bestMatch = (token: string, others: readonly string[]): number =>
  others.reduce((best, other) => Math.max(best, scoreTokens(token, other)), 0);

// Every token of each name needs a close token in the other (Monge-Elkan with the minimum).
const hasAlignedTokens = (
  left: readonly string[],
  right: readonly string[],
): boolean =>
  left.every((token) => bestMatch(token, right) >= POSSIBLE_NAME_SIMILARITY) &&
  right.every((token) => bestMatch(token, left) >= POSSIBLE_NAME_SIMILARITY);

/**
 * Name similarity in [0, 1] of two normalised names (token lists), symmetric.
 *
 * The score is 1 - d / max(length) with d the Damerau-Levenshtein (OSA) distance of the names
 * written together (talisman), so spacing does not count ("Nord Lys" = "Nordlys") and a typo
 * or a swap costs one edit. A word change vetoes the match (score 0): every token must have a
 * token in the other name at Jaro-Winkler >= 0.85, and tokens of 5 letters or fewer must be
 * equal. So "nordlys"/"nordlis" scores 0.86, while "steel"/"steam", "bayer"/"bauer" or an extra
 * word ("siemens"/"siemens energy") score 0.
 */
export const scoreNameSimilarity = (
  left: readonly string[],
  right: readonly string[],
): number => {
  if (left.length === 0 || right.length === 0) return 0;
  const leftKey = left.join('');
  const rightKey = right.join('');
  if (leftKey === rightKey) return 1;
  if (!hasAlignedTokens(left, right)) return 0;
  return (
    1 -
    damerauLevenshtein(leftKey, rightKey) /
      Math.max(leftKey.length, rightKey.length)
  );
};
