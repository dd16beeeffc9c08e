import { type GlobalAccountId } from '../shared/ids.type';
import { classifyCompanyMatch } from './classify-company-match.util';
import {
  type CompanyMatch,
  type CorporateDomainIndex,
} from './company-match.type';
import {
  type CompanyMatchRecord,
  type MatchConflict,
} from './match-conflict.type';
import { planDuplicateConflict } from './plan-duplicate-conflict.util';
import { planUnlinkedAffiliateConflicts } from './plan-unlinked-affiliate-conflicts.util';

export type CompanyMatchResult = {
  candidate: CompanyMatchRecord;
  match: CompanyMatch;
};

/**
 * Everything matching says about one company against its candidates (the rows the blocking
 * keys found): the matches, the conflicts they raise, and which of the live conflicts that
 * concern the company (liveKeys, from the store) have lost their cause and should be resolved.
 */
export const planCompanyMatchConflicts = (input: {
  subject: CompanyMatchRecord;
  candidates: readonly CompanyMatchRecord[];
  corporateDomains: CorporateDomainIndex;
  globalAccountNames: ReadonlyMap<GlobalAccountId, string>;
  liveKeys: readonly string[];
}): {
  matches: CompanyMatchResult[];
  raised: MatchConflict[];
  resolvedKeys: string[];
} => {
  const seen = new Set<string>([input.subject.profile.companyId]);
  const matches: CompanyMatchResult[] = [];
  for (const candidate of input.candidates) {
    if (seen.has(candidate.profile.companyId)) continue;
    seen.add(candidate.profile.companyId);
    const match = classifyCompanyMatch({
      left: input.subject.profile,
      right: candidate.profile,
      corporateDomains: input.corporateDomains,
    });
    if (match !== null) matches.push({ candidate, match });
  }
  matches.sort((a, b) =>
    a.candidate.profile.companyId < b.candidate.profile.companyId ? -1 : 1,
  );
  const duplicates = matches
    .filter(({ match }) => match.matchClass !== 'AFFILIATE')
    .map(({ candidate, match }) =>
      planDuplicateConflict({ left: input.subject, right: candidate, match }),
    );
  const affiliates = planUnlinkedAffiliateConflicts({
    subject: input.subject,
    affiliates: matches
      .filter(({ match }) => match.matchClass === 'AFFILIATE')
      .map(({ candidate, match }) => ({ record: candidate, match })),
    corporateDomains: input.corporateDomains,
    globalAccountNames: input.globalAccountNames,
  });
  const raised = [...duplicates, ...affiliates];
  const raisedKeys = new Set(raised.map((conflict) => conflict.dedupeKey));
  const resolvedKeys = [...new Set(input.liveKeys)]
    .filter((key) => !raisedKeys.has(key))
    .sort();
  return { matches, raised, resolvedKeys };
};
