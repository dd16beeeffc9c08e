import { type CompanyMatch } from './company-match.type';
import { describeParty } from './describe-party.util';
import { hashEvidence } from '../conflicts/hash-evidence.util';
import {
  type CompanyMatchRecord,
  duplicateCompanyKey,
  type MatchConflict,
} from './match-conflict.type';

const REASON_TEXT: Record<CompanyMatch['reasons'][number], string> = {
  SAME_REGISTRATION_NUMBER: 'same registration number',
  SAME_DOMAIN: 'same domain',
  CORPORATE_DOMAIN: "the family's corporate domain",
  SAME_BRAND: 'same brand',
  SIMILAR_NAME: 'similar name',
};

/**
 * DUPLICATE_COMPANY for a SAME_ENTITY (CRITICAL, merge) or POSSIBLE (INFO, review) pair.
 * Symmetric: the same pair gives the same key, company, evidence and hash from either side.
 * The conflict concerns the record outside a global account when only one is in one, else
 * the one with the higher id; the other record is shown through its privacy facts only.
 */
export const planDuplicateConflict = (input: {
  left: CompanyMatchRecord;
  right: CompanyMatchRecord;
  match: CompanyMatch;
}): MatchConflict => {
  const [low, high] = [input.left, input.right].sort((a, b) =>
    a.profile.companyId < b.profile.companyId ? -1 : 1,
  ) as [CompanyMatchRecord, CompanyMatchRecord];
  const lowAttached = low.profile.globalAccountId !== null;
  const highAttached = high.profile.globalAccountId !== null;
  const [concerned, other] =
    lowAttached && !highAttached
      ? [high, low]
      : !lowAttached && highAttached
        ? [low, high]
        : [high, low];
  const sameEntity = input.match.matchClass === 'SAME_ENTITY';
  const evidence = {
    kind: 'DUPLICATE_COMPANY',
    matchClass: input.match.matchClass,
    reasons: [...input.match.reasons].sort(),
    companyIds: [low.profile.companyId, high.profile.companyId],
    matchKeys: [low.profile.keys.matchKey, high.profile.keys.matchKey],
    registrationKeys: [
      low.profile.keys.matchRegistrationKey,
      high.profile.keys.matchRegistrationKey,
    ],
    domains: [low.profile.keys.matchDomain, high.profile.keys.matchDomain],
    countries: [low.profile.countryCode, high.profile.countryCode],
  };
  const reasons = input.match.reasons
    .map((reason) => REASON_TEXT[reason])
    .join(', ');
  return {
    kind: 'DUPLICATE_COMPANY',
    // Who acts is chosen where the owners are known (the gateway), not by the matcher.
    assigneeId: null,
    severity: sameEntity ? 'CRITICAL' : 'INFO',
    dedupeKey: duplicateCompanyKey(
      low.profile.companyId,
      high.profile.companyId,
    ),
    globalAccountId:
      low.profile.globalAccountId ?? high.profile.globalAccountId,
    companyId: concerned.profile.companyId,
    opportunityId: null,
    countries: [
      ...new Set(
        [low.profile.countryCode, high.profile.countryCode].filter(
          (code): code is string => code !== null,
        ),
      ),
    ].sort(),
    summary: sameEntity
      ? `${concerned.facts.name} is the same company as ${describeParty(other.facts)} (${reasons}): merge the two records.`
      : `${concerned.facts.name} may be the same company as ${describeParty(other.facts)} (${reasons}, similarity ${input.match.nameSimilarity.toFixed(2)}): check and merge, or dismiss.`,
    evidenceHash: hashEvidence(evidence),
    details: {
      matchClass: input.match.matchClass,
      reasons: input.match.reasons,
      nameSimilarity: input.match.nameSimilarity,
      suggestion: sameEntity ? 'MERGE' : 'REVIEW_AND_MERGE',
      otherCompanyId: other.profile.companyId,
      other: other.facts,
    },
  };
};
