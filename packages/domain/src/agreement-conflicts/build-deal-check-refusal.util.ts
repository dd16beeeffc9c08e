import { hashEvidence } from '../conflicts/hash-evidence.util';
import {
  type CompanyId,
  type GlobalAccountId,
  type OpportunityId,
  type WorkspaceMemberId,
} from '../shared/ids.type';
import { type EvidenceConflict } from './plan-evidence-conflict-changes.util';

/**
 * The dedupe key of a deal whose agreement check is refused. Apart from the credit's
 * `INVALID_INPUT:<id>`: each check resolves its own refusal once its inputs are readable.
 */
export const dealCheckRefusalKey = (opportunityId: OpportunityId): string =>
  `INVALID_INPUT:AGREEMENT_CHECK:${opportunityId}`;

/** A refused deal made visible: an INVALID_INPUT conflict on it, for the person who can fix it. */
export const buildDealCheckRefusal = ({
  opportunityId,
  globalAccountId,
  companyId,
  assigneeId,
  reason,
}: {
  opportunityId: OpportunityId;
  globalAccountId: GlobalAccountId;
  companyId: CompanyId | null;
  assigneeId: WorkspaceMemberId | null;
  reason: string;
}): EvidenceConflict => ({
  kind: 'INVALID_INPUT',
  severity: 'WARNING',
  dedupeKey: dealCheckRefusalKey(opportunityId),
  globalAccountId,
  opportunityId,
  companyId,
  frameworkAgreementId: null,
  assigneeId,
  countries: [],
  summary: `The agreement check of this deal is left unchanged until this is fixed: ${reason}`,
  details: { reason },
  evidenceHash: hashEvidence(reason),
});
