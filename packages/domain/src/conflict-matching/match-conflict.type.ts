import { type CreditConflict } from '../credit-ledger/credit-conflict.type';
import { type CompanyId, type GlobalAccountId } from '../shared/ids.type';
import {
  type CompanyMatch,
  type CompanyMatchProfile,
} from './company-match.type';
import { type ConflictPartyFacts } from './to-conflict-party-facts.util';

/** A company as the conflict planner gets it: its match profile and the facts it may show. */
export type CompanyMatchRecord = {
  profile: CompanyMatchProfile;
  facts: ConflictPartyFacts;
};

export type MatchConflictDetails = {
  matchClass: CompanyMatch['matchClass'];
  reasons: CompanyMatch['reasons'];
  nameSimilarity: number;
  suggestion: 'MERGE' | 'REVIEW_AND_MERGE' | 'ATTACH_TO_GLOBAL_ACCOUNT';
  /** The other record, through toConflictPartyFacts only. */
  otherCompanyId: CompanyId | null;
  other: ConflictPartyFacts | null;
};

/**
 * The planned-conflict shape of credit-ledger/credit-conflict.type.ts, plus the company it
 * concerns, the evidence hash and the details (RAW_JSON). A duplicate outside any global
 * account has no globalAccountId, hence the wider type.
 */
export type MatchConflict = Omit<CreditConflict, 'globalAccountId' | 'kind'> & {
  kind: 'DUPLICATE_COMPANY' | 'UNLINKED_AFFILIATE';
  globalAccountId: GlobalAccountId | null;
  companyId: CompanyId;
  evidenceHash: string;
  details: MatchConflictDetails;
};

export const duplicateCompanyKey = (
  left: CompanyId,
  right: CompanyId,
): string => {
  const [low, high] = [left, right].sort();
  return `DUPLICATE_COMPANY:${low}:${high}`;
};

export const unlinkedAffiliateKey = (
  globalAccountId: GlobalAccountId,
  companyId: CompanyId,
): string => `UNLINKED_AFFILIATE:${globalAccountId}:${companyId}`;
