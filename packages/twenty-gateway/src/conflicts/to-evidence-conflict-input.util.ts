import { type EvidenceConflictChange } from '@global-accounts/domain';

/**
 * One planned change of an evidence-hashed conflict (agreement alerts and refusals, deal
 * agreement conflicts) as a createConflicts upsert row: a refresh keeps the status a person set.
 */
export const toEvidenceConflictInput = (
  change: EvidenceConflictChange,
  now: string,
) => {
  if (change.kind === 'resolve')
    return { id: change.id, status: 'RESOLVED', resolvedAt: now };
  const { conflict } = change;
  const facts = {
    name: conflict.summary.slice(0, 120),
    severity: conflict.severity,
    companyId: conflict.companyId,
    frameworkAgreementId: conflict.frameworkAgreementId,
    assigneeId: conflict.assigneeId,
    countries: conflict.countries,
    summary: conflict.summary,
    details: conflict.details,
    evidenceHash: conflict.evidenceHash,
  };
  if (change.kind === 'refresh') return { id: change.id, ...facts };
  return {
    ...(change.kind === 'reopen' ? { id: change.id } : {}),
    ...facts,
    kind: conflict.kind,
    status: 'OPEN',
    globalAccountId: conflict.globalAccountId,
    opportunityId: conflict.opportunityId,
    dedupeKey: conflict.dedupeKey,
    detectedAt: now,
    resolvedAt: null,
  };
};
