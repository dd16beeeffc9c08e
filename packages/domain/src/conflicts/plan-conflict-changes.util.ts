import { type CreditConflict } from '../credit-ledger/credit-conflict.type';
import { type ConflictStatus } from '../shared/data-model.constants';

export type StoredConflict = {
  id: string;
  dedupeKey: string | null;
  status: string | null;
  /** When loaded: a live conflict whose summary is out of date is rewritten ('refresh'). */
  summary?: string | null;
};

export type ConflictChange =
  | { kind: 'create'; conflict: CreditConflict }
  | { kind: 'reopen'; id: string; conflict: CreditConflict }
  /** Same situation, new facts (e.g. another broken rule): the text and assignee are rewritten, the status kept. */
  | { kind: 'refresh'; id: string; conflict: CreditConflict }
  | { kind: 'resolve'; id: string; dedupeKey: string };

const LIVE_STATUSES: readonly (string | null)[] = [
  'OPEN',
  'ACKNOWLEDGED',
] satisfies ConflictStatus[];

/**
 * The conflict lifecycle: one live conflict per dedupeKey; a resolved one comes back when its
 * cause does; a dismissed one stays dismissed; a live one whose cause is gone is resolved.
 */
export const planConflictChanges = (
  raised: readonly CreditConflict[],
  resolvedKeys: readonly string[],
  stored: readonly StoredConflict[],
): ConflictChange[] => {
  const byKey = new Map(
    stored
      .filter((conflict) => conflict.dedupeKey !== null)
      .map((conflict) => [conflict.dedupeKey as string, conflict]),
  );
  const changes: ConflictChange[] = [];
  const raisedKeys = new Set<string>();
  for (const conflict of raised) {
    if (raisedKeys.has(conflict.dedupeKey)) continue;
    raisedKeys.add(conflict.dedupeKey);
    const existing = byKey.get(conflict.dedupeKey);
    if (existing === undefined) changes.push({ kind: 'create', conflict });
    else if (existing.status === 'RESOLVED')
      changes.push({ kind: 'reopen', id: existing.id, conflict });
    else if (
      LIVE_STATUSES.includes(existing.status) &&
      existing.summary !== undefined &&
      existing.summary !== conflict.summary
    )
      changes.push({ kind: 'refresh', id: existing.id, conflict });
  }
  for (const key of new Set(resolvedKeys)) {
    const existing = byKey.get(key);
    if (
      existing !== undefined &&
      !raisedKeys.has(key) &&
      LIVE_STATUSES.includes(existing.status)
    ) {
      changes.push({ kind: 'resolve', id: existing.id, dedupeKey: key });
    }
  }
  return changes;
};
