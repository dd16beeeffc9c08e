import { type AgreementConflict } from '../agreement-conflicts/agreement-conflict.type';

/**
 * An agreement-level conflict to store: an alert (AGREEMENT_EXPIRING, TIER_LEAKAGE, TIER_GAP)
 * or the INVALID_INPUT refusal of the agreement itself.
 */
export type EvidenceConflict = Omit<AgreementConflict, 'kind'> & {
  kind: AgreementConflict['kind'] | 'INVALID_INPUT';
};

/** A stored conflict as the lifecycle needs it. */
export type StoredEvidenceConflict = {
  id: string;
  dedupeKey: string | null;
  status: string | null;
  summary: string | null;
  evidenceHash: string | null;
};

export type EvidenceConflictChange =
  | { kind: 'create'; conflict: EvidenceConflict }
  | { kind: 'reopen'; id: string; conflict: EvidenceConflict }
  /** Same situation, new text or evidence: rewritten, status kept. */
  | { kind: 'refresh'; id: string; conflict: EvidenceConflict }
  | { kind: 'resolve'; id: string; dedupeKey: string };
