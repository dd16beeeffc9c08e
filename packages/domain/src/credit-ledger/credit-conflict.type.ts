import {
  type ConflictKind,
  type ConflictSeverity,
} from '../shared/data-model.constants';
import {
  type GlobalAccountId,
  type OpportunityId,
  type WorkspaceMemberId,
} from '../shared/ids.type';

/** A conflict for a person to resolve; the same dedupeKey never raises two open conflicts. */
export type CreditConflict = {
  kind: ConflictKind;
  severity: ConflictSeverity;
  dedupeKey: string;
  globalAccountId: GlobalAccountId;
  opportunityId: OpportunityId | null;
  countries: string[];
  summary: string;
  /** The person who should act (conflict.assignee); null when nobody can be named. */
  assigneeId: WorkspaceMemberId | null;
};

export const uncoveredCountryKey = (
  globalAccountId: GlobalAccountId,
  country: string,
): string => `UNCOVERED_COUNTRY:${globalAccountId}:${country}`;

export const missingOwnerKey = (opportunityId: OpportunityId): string =>
  `MISSING_OWNER:${opportunityId}`;

/** One INVALID_POLICY conflict per account: its summary names every broken rule. */
export const invalidPolicyKey = (globalAccountId: GlobalAccountId): string =>
  `INVALID_POLICY:${globalAccountId}`;

/** One INVALID_INPUT conflict per refused record (opportunity or account); its summary says what to fix. */
export const invalidInputKey = (recordId: string): string =>
  `INVALID_INPUT:${recordId}`;
