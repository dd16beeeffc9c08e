// Canonical JSON: object keys sorted, so equal evidence always hashes the same.
const canonicalise = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalise).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .sort()
      .map(
        (key) =>
          `${JSON.stringify(key)}:${canonicalise((value as Record<string, unknown>)[key])}`,
      )
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/**
 * A 53-bit hash (cyrb53, public domain) of the evidence (a string as it is, anything else as
 * canonical JSON), as 14 hex digits.
 * It only tells whether evidence changed; it is no security measure.
 */
export const hashEvidence = (evidence: unknown): string => {
  const text = typeof evidence === 'string' ? evidence : canonicalise(evidence);
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first =
    Math.imul(first ^ (first >>> 16), 2246822507) ^
    Math.imul(second ^ (second >>> 13), 3266489909);
  second =
    Math.imul(second ^ (second >>> 16), 2246822507) ^
    Math.imul(first ^ (first >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & second) + (first >>> 0);
  return hash.toString(16).padStart(14, '0');
};
