import {
  type EvidenceConflict,
  type EvidenceConflictChange,
  type StoredEvidenceConflict,
} from './evidence-conflict.type';

const LIVE_STATUSES: readonly (string | null)[] = ['OPEN', 'ACKNOWLEDGED'];

const changeFor = (
  conflict: EvidenceConflict,
  existing: StoredEvidenceConflict | undefined,
): EvidenceConflictChange | undefined => {
  if (existing === undefined) return { kind: 'create', conflict };
  const sameEvidence = existing.evidenceHash === conflict.evidenceHash;
  if (existing.status === 'RESOLVED')
    return { kind: 'reopen', id: existing.id, conflict };
  // CONFLICTS.md / DATA-MODEL.md: a dismissed conflict comes back only when its evidence changes.
  if (existing.status === 'DISMISSED')
    return sameEvidence
      ? undefined
      : { kind: 'reopen', id: existing.id, conflict };
  if (
    LIVE_STATUSES.includes(existing.status) &&
    (!sameEvidence || existing.summary !== conflict.summary)
  )
    return { kind: 'refresh', id: existing.id, conflict };
  return undefined;
};

/**
 * The lifecycle of agreement conflicts: one per dedupeKey; created, reopened when resolved,
 * reopened when dismissed only if the evidence hash changed, rewritten when live and its text
 * or evidence changed; a live one in `resolvedKeys` that was not raised again is resolved.
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
    const change = changeFor(conflict, byKey.get(conflict.dedupeKey));
    if (change !== undefined) changes.push(change);
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
