import { type FrameworkAgreementId } from '../agreement-volume/agreement-engine-input.type';
import { type CreditConflict } from '../credit-ledger/credit-conflict.type';
import { type CompanyId, type WorkspaceMemberId } from '../shared/ids.type';

// The conflict kinds of DATA-MODEL.md that agreements raise (CONFLICT_KINDS in
// shared/data-model.constants.ts must list them all for the conflict SELECT).
export const AGREEMENT_CONFLICT_KINDS = [
  'OFF_AGREEMENT',
  'BELOW_AGREEMENT_PRICE',
  'ABOVE_AGREEMENT_PRICE',
  'EXPIRED_AGREEMENT',
  'AGREEMENT_CONFLICT',
  'AGREEMENT_EXPIRING',
  'TIER_LEAKAGE',
  'TIER_GAP',
] as const;
export type AgreementConflictKind = (typeof AGREEMENT_CONFLICT_KINDS)[number];

/**
 * The credit engine's conflict shape plus what an agreement conflict carries: one conflict per
 * person who must act (`assigneeId`), the agreement and company concerned, the evidence
 * (`details`) and its hash (a DISMISSED conflict comes back only when the hash changes).
 */
export type AgreementConflict = Omit<CreditConflict, 'kind'> & {
  kind: AgreementConflictKind;
  frameworkAgreementId: FrameworkAgreementId | null;
  companyId: CompanyId | null;
  assigneeId: WorkspaceMemberId | null;
  details: Record<string, unknown>;
  evidenceHash: string;
};

/** What to raise, and which stored dedupe keys no longer apply (to resolve). */
export type AgreementConflictPlan = {
  raised: AgreementConflict[];
  resolvedKeys: string[];
};
