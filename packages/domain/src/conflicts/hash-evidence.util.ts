import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

export type EvidenceJson =
  | string
  | number
  | boolean
  | null
  | readonly EvidenceJson[]
  | { readonly [key: string]: EvidenceJson };

// Canonical JSON: object keys sorted at every level, so equal evidence hashes equally.
const canonicalise = (value: EvidenceJson): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalise).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as { readonly [key: string]: EvidenceJson };
    return `{${Object.keys(record)
      .sort()
      .map(
        (key) =>
          `${JSON.stringify(key)}:${canonicalise(record[key] as EvidenceJson)}`,
      )
      .join(',')}}`;
  }
  return JSON.stringify(value);
};

/** conflict.evidenceHash: SHA-256 (hex) of the canonical JSON of the facts behind a conflict. */
// One hasher for every conflict kind (credit, agreements, matching).
export const hashEvidence = (evidence: EvidenceJson): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalise(evidence))));
