import { type AgreementTerms } from '../agreement-volume/agreement-terms.type';
import { type ConflictSeverity } from '../shared/data-model.constants';
import {
  type GlobalAccountId,
  type WorkspaceMemberId,
} from '../shared/ids.type';
import {
  type AgreementConflict,
  type AgreementConflictKind,
} from '../agreement-conflicts/agreement-conflict.type';
import { buildAgreementConflictKey } from '../agreement-conflicts/build-agreement-conflict-key.util';
import {
  hashEvidence,
  type EvidenceJson,
} from '../conflicts/hash-evidence.util';
import { listAssignees } from '../agreement-conflicts/list-assignees.util';

/** One alert conflict per recipient; `scope` makes the situation's key, `evidence` its hash. */
export const buildAgreementAlert = ({
  kind,
  severity,
  terms,
  scope,
  assignees,
  countries,
  summary,
  details,
  evidence,
}: {
  kind: AgreementConflictKind;
  severity: ConflictSeverity;
  terms: AgreementTerms;
  scope: string;
  assignees: readonly (WorkspaceMemberId | null)[];
  countries: string[];
  summary: string;
  details: Record<string, unknown>;
  evidence: EvidenceJson;
}): AgreementConflict[] =>
  listAssignees(assignees).map((assigneeId) => ({
    kind,
    severity,
    dedupeKey: buildAgreementConflictKey({ kind, scope, assigneeId }),
    globalAccountId: terms.globalAccountId as GlobalAccountId,
    opportunityId: null,
    companyId: null,
    frameworkAgreementId: terms.id,
    assigneeId,
    countries,
    summary,
    details,
    evidenceHash: hashEvidence(evidence),
  }));
