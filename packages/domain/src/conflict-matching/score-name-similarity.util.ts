import { similarity as jaroWinkler } from 'talisman/metrics/jaro-winkler';

import { EXACT_TOKEN_MAX_LENGTH } from './matching-thresholds.constant';

const scoreTokens = (left: string, right: string): number => {
  if (left === right) return 1;
  if (Math.min(left.length, right.length) <= EXACT_TOKEN_MAX_LENGTH) return 0;
  return jaroWinkler(left, right);
};

const bestMatch = (token: string, others: readonly string[]): number =>
  others.reduce((best, other) => Math.max(best, scoreTokens(token, other)), 0);

/**
 * Name similarity in [0, 1] of two normalised names (token lists), symmetric.
 *
 * Jaro-Winkler (talisman) per token, aggregated Monge-Elkan style but with the minimum
 * instead of the mean, in both directions: every token of each name must have a close
 * token in the other. So a spelling variant ("nordlys"/"nordlis": 0.94) stays close, while
 * a different word ("steel"/"steam": 0.81) or an extra word ("siemens"/"siemens energy")
 * pulls the whole name below the thresholds. Tokens of 4 letters or fewer (acronyms:
 * "abb"/"abba") must be equal. Names equal once written together ("Nord Lys"/"Nordlys")
 * score 1.
 */
export const scoreNameSimilarity = (
  left: readonly string[],
  right: readonly string[],
): number => {
  if (left.length === 0 || right.length === 0) return 0;
  if (left.join('') === right.join('')) return 1;
  let score = 1;
  for (const token of left) score = Math.min(score, bestMatch(token, right));
  for (const token of right) score = Math.min(score, bestMatch(token, left));
  return score;
};
