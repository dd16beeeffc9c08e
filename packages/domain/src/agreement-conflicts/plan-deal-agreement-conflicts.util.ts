import { type DealCompliance } from '../agreement-compliance/deal-compliance.type';
import {
  type ConflictSeverity,
  type AgreementComplianceStatus,
} from '../shared/data-model.constants';
import {
  type CompanyId,
  type GlobalAccountId,
  type OpportunityId,
  type WorkspaceMemberId,
} from '../shared/ids.type';
import {
  type AgreementConflict,
  type AgreementConflictKind,
  type AgreementConflictPlan,
} from './agreement-conflict.type';
import { buildAgreementConflictKey } from './build-agreement-conflict-key.util';
import { hashEvidence } from '../conflicts/hash-evidence.util';
import { listAssignees } from './list-assignees.util';

// Every status other than COMPLIANT and NOT_APPLICABLE raises its conflict kind.
export const DEAL_STATUS_CONFLICTS: Readonly<
  Record<
    AgreementComplianceStatus,
    { kind: AgreementConflictKind; severity: ConflictSeverity } | null
  >
> = {
  COMPLIANT: null,
  NOT_APPLICABLE: null,
  OFF_AGREEMENT: { kind: 'OFF_AGREEMENT', severity: 'WARNING' },
  BELOW_AGREEMENT: { kind: 'BELOW_AGREEMENT_PRICE', severity: 'WARNING' },
  ABOVE_AGREEMENT: { kind: 'ABOVE_AGREEMENT_PRICE', severity: 'CRITICAL' },
  EXPIRED_AGREEMENT: { kind: 'EXPIRED_AGREEMENT', severity: 'WARNING' },
  AGREEMENT_CONFLICT: { kind: 'AGREEMENT_CONFLICT', severity: 'WARNING' },
};

const DEAL_KINDS = Object.values(DEAL_STATUS_CONFLICTS).flatMap((entry) =>
  entry === null ? [] : [entry.kind],
);

/**
 * The conflicts a deal's agreement status raises: one per person who must act (the GAM and the
 * deal owner; one when they are the same person). Stored keys of this deal's agreement kinds
 * that are not raised again are returned to resolve (status fixed, owner changed).
 */
export const planDealAgreementConflicts = ({
  opportunityId,
  ownerId,
  companyId,
  countryCode,
  globalAccountId,
  globalAccountManagerId,
  compliance,
  storedDedupeKeys,
}: {
  opportunityId: OpportunityId;
  ownerId: WorkspaceMemberId | null;
  companyId: CompanyId | null;
  countryCode: string | null;
  globalAccountId: GlobalAccountId;
  globalAccountManagerId: WorkspaceMemberId | null;
  compliance: DealCompliance;
  /** Dedupe keys of the conflicts stored for this opportunity (any kind). */
  storedDedupeKeys: readonly string[];
}): AgreementConflictPlan => {
  const conflict = DEAL_STATUS_CONFLICTS[compliance.status];
  const details = {
    status: compliance.status,
    day: compliance.day,
    agreementId: compliance.agreementId,
    candidateAgreementIds: compliance.candidateAgreementIds,
    actualDiscountBasisPoints: compliance.actualDiscountBasisPoints,
  };
  // One hash per situation (not per assignee), over a fixed-order string of the evidence.
  const evidenceHash = hashEvidence(
    [
      details.status,
      details.day,
      details.agreementId ?? '',
      details.candidateAgreementIds.join(','),
      String(details.actualDiscountBasisPoints),
    ].join('|'),
  );
  const raised: AgreementConflict[] =
    conflict === null
      ? []
      : listAssignees([globalAccountManagerId, ownerId]).map((assigneeId) => ({
          kind: conflict.kind,
          severity: conflict.severity,
          dedupeKey: buildAgreementConflictKey({
            kind: conflict.kind,
            scope: opportunityId,
            assigneeId,
          }),
          globalAccountId,
          opportunityId,
          companyId,
          frameworkAgreementId: compliance.agreementId,
          assigneeId,
          countries: countryCode === null ? [] : [countryCode],
          summary: compliance.reason,
          details,
          evidenceHash,
        }));
  const raisedKeys = new Set(raised.map((entry) => entry.dedupeKey));
  const resolvedKeys = storedDedupeKeys.filter(
    (key) =>
      !raisedKeys.has(key) &&
      DEAL_KINDS.some((kind) => key.startsWith(`${kind}:${opportunityId}:`)),
  );
  return { raised, resolvedKeys };
};
