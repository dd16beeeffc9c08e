import {
  type ConflictKind,
  type ConflictSeverity,
} from '../shared/data-model.constants';
import { type GlobalAccountId, type OpportunityId } from '../shared/ids.type';

/** A conflict for a person to resolve; the same dedupeKey never raises two open conflicts. */
export type CreditConflict = {
  kind: ConflictKind;
  severity: ConflictSeverity;
  dedupeKey: string;
  globalAccountId: GlobalAccountId;
  opportunityId: OpportunityId | null;
  countries: string[];
  summary: string;
};

export const uncoveredCountryKey = (
  globalAccountId: GlobalAccountId,
  country: string,
): string => `UNCOVERED_COUNTRY:${globalAccountId}:${country}`;

export const missingOwnerKey = (opportunityId: OpportunityId): string =>
  `MISSING_OWNER:${opportunityId}`;
