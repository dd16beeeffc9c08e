// CONFLICTS.md "Matching companies": the similarity thresholds, as written there.
export const SAME_ENTITY_NAME_SIMILARITY = 0.9;
export const POSSIBLE_NAME_SIMILARITY = 0.85;

/** Tokens this short (5 letters or fewer: "abb", "bayer", "metso"): every letter counts, so they must match exactly ("bayer"/"bauer" are two firms). */
export const EXACT_TOKEN_MAX_LENGTH = 5;

/** A brand shorter than this is too common to call two companies one family on its own. */
export const MIN_BRAND_KEY_LENGTH = 4;

/** Characters of the brand key that form the prefix blocking key. */
export const PREFIX_KEY_LENGTH = 4;
