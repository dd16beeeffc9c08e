import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

type Json =
  | string
  | number
  | boolean
  | null
  | readonly Json[]
  | { readonly [key: string]: Json };

// Canonical JSON: object keys sorted at every level, so equal evidence hashes equally.
const canonicalise = (value: Json): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalise).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as { readonly [key: string]: Json };
    return `{${Object.keys(record)
      .sort()
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalise(record[key] as Json)}`,
      )
      .join(',')}}`;
  }
  return JSON.stringify(value);
};

/** conflict.evidenceHash: SHA-256 (hex) of the canonical JSON of the facts behind a conflict. */
export const hashEvidence = (evidence: Json): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalise(evidence))));

export type { Json as EvidenceJson };
