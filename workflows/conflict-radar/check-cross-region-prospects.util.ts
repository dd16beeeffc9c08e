import {
  buildCandidateFilters,
  buildCompanyMatchProfile,
  buildCorporateDomainIndex,
  classifyCompanyMatch,
  ok,
  planCrossRegionProspectConflicts,
  planEvidenceConflictChanges,
  toIsoDate,
  type CandidateFilter,
  type CompanyId,
  type CompanyMatchProfile,
  type CorporateDomainIndex,
  type EvidenceConflict,
  type GlobalAccountId,
  type MatchClass,
  type OpportunityId,
  type Result,
  type StoredEvidenceConflict,
  type WorkspaceMemberId,
} from '@global-accounts/domain';
import {
  loadAccountFacts,
  loadCompanyCandidates,
  loadProspectDeals,
  saveComplianceChanges,
  toPersonName,
  type GatewayError,
  type GraphqlClient,
  type ProspectCompanyNode,
} from '@global-accounts/twenty-gateway';

import {
  activeMemberships,
  companyFacts,
  namesOf,
  type StageSettings,
} from './account-facts.util';

export type CrossRegionProspectOutcome = {
  outcome: 'written' | 'unchanged';
  opportunities: number;
  raised: number;
  conflictsWritten: number;
  /** Deals judged with nothing to raise, by reason (same country, creator unknown, ...). */
  skipped: Record<string, number>;
};

const isLiveFamilyMember = (company: ProspectCompanyNode): boolean =>
  company.globalAccount != null && company.globalAccount.deletedAt == null;

export const profileOf = (company: ProspectCompanyNode): CompanyMatchProfile =>
  buildCompanyMatchProfile({
    companyId: company.id as CompanyId,
    globalAccountId: isLiveFamilyMember(company)
      ? ((company.globalAccountId ?? null) as GlobalAccountId | null)
      : null,
    name: company.name,
    domainName: company.domainName?.primaryLinkUrl ?? null,
    countryCode: company.countryCode,
    registrationNumber: company.registrationNumber,
  }).profile;

// SAME_ENTITY before POSSIBLE before AFFILIATE; then the higher name similarity, then id.
const CLASS_RANK: Record<MatchClass, number> = {
  SAME_ENTITY: 0,
  POSSIBLE: 1,
  AFFILIATE: 2,
};

/** Merges the filters of several subjects into one `in` per field (one indexed query). */
export const mergeFilters = (
  filters: readonly CandidateFilter[],
): CandidateFilter[] => {
  const byField = new Map<CandidateFilter['field'], Set<string>>();
  for (const filter of filters)
    byField.set(
      filter.field,
      new Set([...(byField.get(filter.field) ?? []), ...filter.in]),
    );
  return [...byField].map(([field, values]) => ({ field, in: [...values] }));
};

/** The best family member a company matches (the engine's classes), or null. */
export const bestFamilyMatch = ({
  subject,
  candidates,
  corporateDomains,
}: {
  subject: ProspectCompanyNode;
  candidates: readonly ProspectCompanyNode[];
  corporateDomains: CorporateDomainIndex;
}): { company: ProspectCompanyNode; matchClass: MatchClass } | null => {
  const left = profileOf(subject);
  const matches = candidates
    .filter(
      (candidate) =>
        candidate.id !== subject.id && isLiveFamilyMember(candidate),
    )
    .flatMap((candidate) => {
      const match = classifyCompanyMatch({
        left,
        right: profileOf(candidate),
        corporateDomains,
      });
      return match === null ? [] : [{ candidate, match }];
    })
    .sort((a, b) => {
      const byClass =
        CLASS_RANK[a.match.matchClass] - CLASS_RANK[b.match.matchClass];
      if (byClass !== 0) return byClass;
      const bySimilarity = b.match.nameSimilarity - a.match.nameSimilarity;
      if (bySimilarity !== 0) return bySimilarity;
      return a.candidate.id.localeCompare(b.candidate.id);
    });
  const [best] = matches;
  return best === undefined
    ? null
    : { company: best.candidate, matchClass: best.match.matchClass };
};

/**
 * CROSS_REGION_PROSPECT for created deals: load the deals with creator, company and family (one
 * request), the family members their companies match when outside a family (one indexed
 * request, only then), the teams and deals behind the facts shown (one request), decide (pure),
 * write the difference (one upsert). A second delivery of the same event writes nothing.
 */
export const checkCrossRegionProspects = async ({
  client,
  opportunityIds,
  stages,
  now,
}: {
  client: GraphqlClient;
  opportunityIds: readonly string[];
  stages: StageSettings;
  now: Date;
}): Promise<Result<CrossRegionProspectOutcome, GatewayError>> => {
  const loaded = await loadProspectDeals({ client, opportunityIds });
  if (!loaded.success) return loaded;
  const deals = loaded.data.opportunities.filter(
    (deal) => deal.company != null,
  );
  const outsiders = deals.flatMap((deal) =>
    deal.company != null && !isLiveFamilyMember(deal.company)
      ? [deal.company]
      : [],
  );
  const filters = mergeFilters(
    outsiders.flatMap((company) =>
      buildCandidateFilters(profileOf(company).keys),
    ),
  );
  const candidates = await loadCompanyCandidates({
    client,
    filters,
    onlyFamilyMembers: true,
  });
  if (!candidates.success) return candidates;
  const corporateDomains = buildCorporateDomainIndex(
    candidates.data.corporateDomains.map((account) => ({
      globalAccountId: account.id as GlobalAccountId,
      corporateDomains: account.corporateDomains,
    })),
  ).index;
  type Subject = {
    deal: (typeof deals)[number];
    company: ProspectCompanyNode;
    worked: ProspectCompanyNode;
    matchClass: MatchClass | null;
  };
  const subjects = deals.flatMap((deal): Subject[] => {
    const company = deal.company as ProspectCompanyNode;
    if (isLiveFamilyMember(company))
      return [{ deal, company, worked: company, matchClass: null }];
    const best = bestFamilyMatch({
      subject: company,
      candidates: candidates.data.candidates,
      corporateDomains,
    });
    return best === null
      ? []
      : [{ deal, company, worked: best.company, matchClass: best.matchClass }];
  });
  const stored: StoredEvidenceConflict[] = loaded.data.conflicts.map(
    (conflict) => ({
      id: conflict.id,
      dedupeKey: conflict.dedupeKey,
      status: conflict.status,
      summary: conflict.summary ?? null,
      evidenceHash: conflict.evidenceHash ?? null,
    }),
  );
  const skipped: Record<string, number> = {};
  const raised: EvidenceConflict[] = [];
  if (subjects.length > 0) {
    const facts = await loadAccountFacts({
      client,
      companyIds: [...new Set(subjects.map((s) => s.worked.id))],
      globalAccountIds: [
        ...new Set(subjects.map((s) => s.worked.globalAccountId ?? '')),
      ].filter((id) => id !== ''),
      personIds: [
        ...new Set(
          subjects.flatMap((s) => [
            s.deal.createdBy?.workspaceMemberId ?? '',
            s.deal.ownerId ?? '',
            s.worked.accountOwnerId ?? '',
          ]),
        ),
      ].filter((id) => id !== ''),
    });
    if (!facts.success) return facts;
    const today = toIsoDate(now);
    const memberships = activeMemberships(facts.data.team, today);
    const names = namesOf(facts.data.team);
    for (const { deal, company, worked, matchClass } of subjects) {
      const account = worked.globalAccount;
      if (account == null) continue;
      const gamName = toPersonName(account.globalAccountManager?.name);
      if (account.globalAccountManagerId != null && gamName !== null)
        names[account.globalAccountManagerId] ??= gamName;
      const decision = planCrossRegionProspectConflicts({
        opportunityId: deal.id as OpportunityId,
        company: {
          id: company.id as CompanyId,
          name: company.name ?? null,
          countryCode: company.countryCode ?? null,
        },
        account: {
          globalAccountId: account.id as GlobalAccountId,
          name: account.name ?? null,
          globalAccountManagerId: (account.globalAccountManagerId ??
            null) as WorkspaceMemberId | null,
        },
        matched:
          matchClass === null
            ? null
            : {
                companyId: worked.id as CompanyId,
                matchClass,
                countryCode: worked.countryCode ?? null,
              },
        createdBy:
          deal.createdBy == null
            ? null
            : {
                source: deal.createdBy.source ?? null,
                workspaceMemberId: deal.createdBy.workspaceMemberId ?? null,
              },
        ownerId: (deal.ownerId ?? null) as WorkspaceMemberId | null,
        memberships,
        workedBy: companyFacts({
          company: worked,
          deals: facts.data.deals,
          memberships,
          stages,
        }),
        names,
      });
      if (decision.reason !== null)
        skipped[decision.reason] = (skipped[decision.reason] ?? 0) + 1;
      raised.push(...decision.raised);
    }
  }
  // What is not raised again (the deal's company or creator changed before a late delivery) is resolved.
  const changes = planEvidenceConflictChanges({
    raised,
    resolvedKeys: stored.flatMap((conflict) => conflict.dedupeKey ?? []),
    stored,
  });
  const saved = await saveComplianceChanges({
    client,
    changes: { statuses: [], conflicts: changes },
    now,
  });
  if (!saved.success) return saved;
  return ok({
    outcome: saved.data.requests > 0 ? 'written' : 'unchanged',
    opportunities: loaded.data.opportunities.length,
    raised: raised.length,
    conflictsWritten: changes.length,
    skipped,
  });
};
