import {
  type ConflictKind,
  type ConflictStatus,
} from '../shared/data-model.constants';
import { type AgreementConflict } from './agreement-conflict.type';

/** An agreement conflict, or a refusal (INVALID_INPUT) raised by the same check. */
export type EvidenceConflict = Omit<AgreementConflict, 'kind'> & {
  kind: ConflictKind;
};

/** A stored conflict as the planner needs it: its key, lifecycle state and evidence. */
export type StoredEvidenceConflict = {
  id: string;
  dedupeKey: string | null;
  status: string | null;
  summary: string | null;
  evidenceHash: string | null;
};

export type EvidenceConflictChange =
  | { kind: 'create'; conflict: EvidenceConflict }
  /** RESOLVED, or DISMISSED with new evidence: open again with the new facts. */
  | { kind: 'reopen'; id: string; conflict: EvidenceConflict }
  /** Live, new facts: text and evidence rewritten, status kept (an acknowledgement stays). */
  | { kind: 'refresh'; id: string; conflict: EvidenceConflict }
  | { kind: 'resolve'; id: string; dedupeKey: string };

const LIVE_STATUSES: readonly (string | null)[] = [
  'OPEN',
  'ACKNOWLEDGED',
] satisfies ConflictStatus[];

/**
 * CONFLICTS.md lifecycle for conflicts that carry evidence: one conflict per dedupeKey; a
 * resolved one comes back when its cause does; a dismissed one only when its evidenceHash
 * changes; a live one whose cause is gone is resolved; nothing is written when nothing changed.
 */
export const planEvidenceConflictChanges = ({
  raised,
  resolvedKeys,
  stored,
}: {
  raised: readonly EvidenceConflict[];
  resolvedKeys: readonly string[];
  stored: readonly StoredEvidenceConflict[];
}): EvidenceConflictChange[] => {
  const byKey = new Map(
    stored.flatMap((conflict) =>
      conflict.dedupeKey === null ? [] : [[conflict.dedupeKey, conflict]],
    ),
  );
  const changes: EvidenceConflictChange[] = [];
  const raisedKeys = new Set<string>();
  for (const conflict of raised) {
    if (raisedKeys.has(conflict.dedupeKey)) continue;
    raisedKeys.add(conflict.dedupeKey);
    const existing = byKey.get(conflict.dedupeKey);
    const isNewEvidence = existing?.evidenceHash !== conflict.evidenceHash;
    if (existing === undefined) changes.push({ kind: 'create', conflict });
    else if (
      existing.status === 'RESOLVED' ||
      (existing.status === 'DISMISSED' && isNewEvidence)
    )
      changes.push({ kind: 'reopen', id: existing.id, conflict });
    else if (
      LIVE_STATUSES.includes(existing.status) &&
      (isNewEvidence || existing.summary !== conflict.summary)
    )
      changes.push({ kind: 'refresh', id: existing.id, conflict });
  }
  for (const key of new Set(resolvedKeys)) {
    const existing = byKey.get(key);
    if (
      existing !== undefined &&
      !raisedKeys.has(key) &&
      LIVE_STATUSES.includes(existing.status)
    )
      changes.push({ kind: 'resolve', id: existing.id, dedupeKey: key });
  }
  return changes;
};
