import { type GlobalAccountId } from '../shared/ids.type';
import {
  type CompanyMatch,
  type CorporateDomainIndex,
} from './company-match.type';
import { describeParty } from './describe-party.util';
import { hashEvidence } from '../conflicts/hash-evidence.util';
import {
  type CompanyMatchRecord,
  type MatchConflict,
  unlinkedAffiliateKey,
} from './match-conflict.type';

type Link = {
  company: CompanyMatchRecord;
  accountId: GlobalAccountId;
  via: CompanyMatchRecord | null;
  reasons: readonly string[];
};

const linkText = (
  reasons: readonly string[],
  company: CompanyMatchRecord,
): string =>
  reasons.includes('CORPORATE_DOMAIN') || reasons.includes('SAME_DOMAIN')
    ? `shares the domain ${company.profile.keys.matchDomain ?? ''} with`
    : `carries the brand of`;

/**
 * UNLINKED_AFFILIATE (WARNING, suggest attaching) for each company outside any global account
 * that is an affiliate of one: its domain is in the account's corporateDomains, or it shares a
 * domain or brand with a member. One conflict per company and account, whichever member was
 * seen; the evidence is the unattached company's own keys, so it hashes alike from every side.
 */
export const planUnlinkedAffiliateConflicts = (input: {
  subject: CompanyMatchRecord;
  affiliates: readonly { record: CompanyMatchRecord; match: CompanyMatch }[];
  corporateDomains: CorporateDomainIndex;
  globalAccountNames: ReadonlyMap<GlobalAccountId, string>;
}): MatchConflict[] => {
  const links: Link[] = [];
  const subject = input.subject;
  const subjectDomain = subject.profile.keys.matchDomain;
  const corporate =
    subjectDomain === null
      ? undefined
      : input.corporateDomains.get(subjectDomain);
  if (subject.profile.globalAccountId === null && corporate !== undefined) {
    links.push({
      company: subject,
      accountId: corporate,
      via: null,
      reasons: ['CORPORATE_DOMAIN'],
    });
  }
  for (const { record, match } of input.affiliates) {
    const subjectAccount = subject.profile.globalAccountId;
    const otherAccount = record.profile.globalAccountId;
    if (subjectAccount === null && otherAccount !== null)
      links.push({
        company: subject,
        accountId: otherAccount,
        via: record,
        reasons: match.reasons,
      });
    if (subjectAccount !== null && otherAccount === null)
      links.push({
        company: record,
        accountId: subjectAccount,
        via: subject,
        reasons: match.reasons,
      });
  }
  const byKey = new Map<string, Link>();
  for (const link of links) {
    const key = unlinkedAffiliateKey(
      link.accountId,
      link.company.profile.companyId,
    );
    if (!byKey.has(key)) byKey.set(key, link);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([dedupeKey, link]): MatchConflict => {
      const { company, accountId, via } = link;
      const accountName =
        input.globalAccountNames.get(accountId) ??
        via?.facts.globalAccountName ??
        'a global account';
      const evidence = {
        kind: 'UNLINKED_AFFILIATE',
        companyId: company.profile.companyId,
        globalAccountId: accountId,
        domain: company.profile.keys.matchDomain,
        brandKey: company.profile.keys.matchBrandKey,
        countryCode: company.profile.countryCode,
      };
      const seenWith =
        via === null ? '' : ` (member seen: ${describeParty(via.facts)})`;
      return {
        kind: 'UNLINKED_AFFILIATE',
        // Who acts is chosen where the owners are known (the gateway), not by the matcher.
        assigneeId: null,
        severity: 'WARNING',
        dedupeKey,
        globalAccountId: accountId,
        companyId: company.profile.companyId,
        opportunityId: null,
        countries: [
          ...new Set(
            [
              company.profile.countryCode,
              via?.profile.countryCode ?? null,
            ].filter((code): code is string => code !== null),
          ),
        ].sort(),
        summary: `${company.facts.name} ${linkText(link.reasons, company)} the global account ${accountName} but is not attached to it: attach it to ${accountName}${seenWith}.`,
        evidenceHash: hashEvidence(evidence),
        details: {
          matchClass: 'AFFILIATE',
          reasons: [...link.reasons] as CompanyMatch['reasons'],
          nameSimilarity: 0,
          suggestion: 'ATTACH_TO_GLOBAL_ACCOUNT',
          otherCompanyId: via?.profile.companyId ?? null,
          other: via?.facts ?? null,
        },
      };
    });
};
