import {
  buildCandidateLookup,
  buildCompanyMatchProfile,
  buildCorporateDomainIndex,
  planCompanyMatchConflicts,
  toConflictPartyFacts,
  type CompanyId,
  type CompanyMatchIssue,
  type CompanyMatchKeys,
  type CompanyMatchRecord,
  type EvidenceConflict,
  type GlobalAccountId,
  type MatchConflict,
  type WorkspaceMemberId,
} from '@global-accounts/domain';
import {
  type CorporateAccountNode,
  type RadarCompanyNode,
  type RadarConflictNode,
  type RadarFacts,
} from '@global-accounts/twenty-gateway';

const LIVE = ['OPEN', 'ACKNOWLEDGED'];

export const matchInputOf = (node: RadarCompanyNode) => ({
  name: node.name,
  domainName: node.domainName?.primaryLinkUrl ?? null,
  countryCode: node.countryCode,
  registrationNumber: node.registrationNumber,
});

const ownerNameOf = (node: RadarCompanyNode): string | null => {
  const name = node.accountOwner?.name;
  const full = [name?.firstName, name?.lastName]
    .filter((part) => typeof part === 'string' && part.trim() !== '')
    .join(' ');
  return full === '' ? null : full;
};

const isActive = (member: RadarFacts['team'][number], today: string): boolean =>
  (member.startDate == null || member.startDate.slice(0, 10) <= today) &&
  (member.endDate == null || member.endDate.slice(0, 10) >= today);

export type RadarSettings = {
  /** Stages that close an opportunity (won and lost): the rest count as open. */
  closedStages: readonly string[];
  today: string;
};

/** A company as the planner gets it; facts beyond the row come from `facts` when loaded. */
export const toMatchRecord = (
  node: RadarCompanyNode,
  facts: RadarFacts | null,
  settings: RadarSettings,
): { record: CompanyMatchRecord; issues: CompanyMatchIssue[] } => {
  const { profile, issues } = buildCompanyMatchProfile({
    ...matchInputOf(node),
    companyId: node.id as CompanyId,
    globalAccountId: (node.globalAccountId ?? null) as GlobalAccountId | null,
  });
  const opportunities =
    facts?.opportunities.filter((row) => row.companyId === node.id) ?? [];
  const lastActivityAt =
    opportunities
      .map((row) => row.updatedAt ?? '')
      .sort()
      .at(-1) ?? null;
  // The owning office: the country the company's owner serves in the account team
  // (in the company's own family first).
  const ownerTeam = (facts?.team ?? []).filter(
    (member) =>
      node.accountOwnerId != null &&
      member.workspaceMemberId === node.accountOwnerId &&
      isActive(member, settings.today),
  );
  const office =
    ownerTeam.find((member) => member.globalAccountId === node.globalAccountId)
      ?.countryCode ??
    ownerTeam[0]?.countryCode ??
    null;
  return {
    record: {
      profile,
      facts: toConflictPartyFacts({
        name: node.name,
        countryCode: node.countryCode,
        owningOffice: office,
        ownerName: ownerNameOf(node),
        globalAccountName: node.globalAccount?.name ?? null,
        lastActivityAt: lastActivityAt === '' ? null : lastActivityAt,
        openOpportunityCount: opportunities.filter(
          (row) => !settings.closedStages.includes(row.stage ?? ''),
        ).length,
      }),
    },
    issues,
  };
};

export const keysDiffer = (
  node: RadarCompanyNode,
  keys: CompanyMatchKeys,
): boolean =>
  (
    [
      'matchKey',
      'matchBrandKey',
      'matchDomain',
      'matchRegistrationKey',
      'matchPhoneticKey',
      'matchPrefixKey',
    ] as const
  ).some((field) => (node[field] ?? null) !== keys[field]);

const assigneeOf = (
  conflict: MatchConflict,
  byId: ReadonlyMap<string, RadarCompanyNode>,
  gamByAccount: ReadonlyMap<string, string | null>,
  facts: RadarFacts | null,
  today: string,
): WorkspaceMemberId | null => {
  const concerned = byId.get(conflict.companyId);
  if (conflict.globalAccountId === null)
    return (concerned?.accountOwnerId ?? null) as WorkspaceMemberId | null;
  // The local account manager of the company's country, else the GAM (as agreement alerts).
  const local = (facts?.team ?? []).find(
    (member) =>
      member.role === 'LOCAL_ACCOUNT_MANAGER' &&
      member.globalAccountId === conflict.globalAccountId &&
      member.countryCode === (concerned?.countryCode ?? null) &&
      isActive(member, today),
  );
  return (local?.workspaceMemberId ??
    gamByAccount.get(conflict.globalAccountId) ??
    null) as WorkspaceMemberId | null;
};

const displayName = (node: RadarCompanyNode): string => {
  const name = node.name?.trim() ?? '';
  return name === '' ? '(no name)' : name;
};

const otherIdOf = (dedupeKey: string, subjectId: string): string | null => {
  const parts = dedupeKey.split(':');
  return parts.find((part) => part !== subjectId && part.length > 30) ?? null;
};

export type CompanyRadarPlan = {
  raised: EvidenceConflict[];
  resolvedKeys: string[];
  resolutionReasons: Map<string, string>;
  keyWrites: {
    companyId: string;
    keys: Omit<CompanyMatchKeys, 'registrationNumber'>;
  }[];
  /** Companies whose fields could not all be normalised, with the reasons (never a crash). */
  issues: { companyId: string; issues: CompanyMatchIssue[] }[];
  /** Companies a conflict names (for the facts read). */
  involvedIds: string[];
};

/**
 * Decides, for the subjects, every DUPLICATE_COMPANY and UNLINKED_AFFILIATE they raise against
 * the loaded candidates, which live ones lost their cause (with the reason), and which stored
 * keys are out of date. Pure: the loaded rows in, the plan out.
 */
export const planCompanyRadar = ({
  subjectIds,
  companies,
  conflicts,
  corporateAccounts,
  facts,
  settings,
}: {
  subjectIds: readonly string[];
  companies: readonly RadarCompanyNode[];
  conflicts: readonly RadarConflictNode[];
  corporateAccounts: readonly CorporateAccountNode[];
  facts: RadarFacts | null;
  settings: RadarSettings;
}): CompanyRadarPlan => {
  const byId = new Map(companies.map((node) => [node.id, node]));
  const records = new Map(
    companies.map((node) => [node.id, toMatchRecord(node, facts, settings)]),
  );
  const lookup = buildCandidateLookup(
    [...records.values()].map(({ record }) => record),
  );
  const { index } = buildCorporateDomainIndex(
    corporateAccounts.map((account) => ({
      globalAccountId: account.id as GlobalAccountId,
      corporateDomains: account.corporateDomains ?? [],
    })),
  );
  const names = new Map<GlobalAccountId, string>();
  const gams = new Map<string, string | null>();
  for (const account of corporateAccounts) {
    if (account.name != null)
      names.set(account.id as GlobalAccountId, account.name);
    gams.set(account.id, account.globalAccountManagerId ?? null);
  }
  for (const node of companies) {
    if (node.globalAccountId == null || node.globalAccount == null) continue;
    if (node.globalAccount.name != null)
      names.set(
        node.globalAccountId as GlobalAccountId,
        node.globalAccount.name,
      );
    gams.set(
      node.globalAccountId,
      node.globalAccount.globalAccountManagerId ?? null,
    );
  }
  const plan: CompanyRadarPlan = {
    raised: [],
    resolvedKeys: [],
    resolutionReasons: new Map(),
    keyWrites: [],
    issues: [],
    involvedIds: [],
  };
  const involved = new Set<string>();
  const raisedByKey = new Map<
    string,
    { subjectId: string; companyId: string; conflict: EvidenceConflict }
  >();
  for (const subjectId of new Set(subjectIds)) {
    const subject = records.get(subjectId);
    const node = byId.get(subjectId);
    if (subject === undefined || node === undefined) continue;
    const { keys } = subject.record.profile;
    if (keysDiffer(node, keys)) {
      plan.keyWrites.push({
        companyId: subjectId,
        keys: {
          matchKey: keys.matchKey,
          matchBrandKey: keys.matchBrandKey,
          matchDomain: keys.matchDomain,
          matchRegistrationKey: keys.matchRegistrationKey,
          matchPhoneticKey: keys.matchPhoneticKey,
          matchPrefixKey: keys.matchPrefixKey,
        },
      });
    }
    if (subject.issues.length > 0)
      plan.issues.push({ companyId: subjectId, issues: subject.issues });
    const liveKeys = conflicts
      .filter(
        (conflict) =>
          conflict.dedupeKey !== null &&
          conflict.dedupeKey.includes(subjectId) &&
          LIVE.includes(conflict.status ?? ''),
      )
      .map((conflict) => conflict.dedupeKey as string);
    const result = planCompanyMatchConflicts({
      subject: subject.record,
      candidates: lookup(keys),
      corporateDomains: index,
      globalAccountNames: names,
      liveKeys,
    });
    for (const conflict of result.raised) {
      involved.add(conflict.companyId);
      if (conflict.details.otherCompanyId !== null)
        involved.add(conflict.details.otherCompanyId);
      // A key raised from both sides keeps the concerned company's own wording.
      const previous = raisedByKey.get(conflict.dedupeKey);
      if (previous !== undefined && previous.companyId === previous.subjectId)
        continue;
      raisedByKey.set(conflict.dedupeKey, {
        subjectId,
        companyId: conflict.companyId,
        conflict: {
          ...conflict,
          assigneeId: assigneeOf(conflict, byId, gams, facts, settings.today),
          frameworkAgreementId: null,
          details: conflict.details,
          // A duplicate outside every family has none; the conflict row takes null.
          globalAccountId: conflict.globalAccountId as GlobalAccountId,
        },
      });
    }
    for (const key of result.resolvedKeys) {
      plan.resolvedKeys.push(key);
      // The first subject's wording (page order by id): the same reason from either side.
      if (plan.resolutionReasons.has(key)) continue;
      const name = displayName(node);
      const otherId = otherIdOf(key, subjectId);
      const other = otherId === null ? undefined : byId.get(otherId);
      plan.resolutionReasons.set(
        key,
        key.startsWith('UNLINKED_AFFILIATE:')
          ? node.globalAccountId != null
            ? `${name} is now attached to a global account.`
            : `${name} no longer shares a domain or brand with the global account.`
          : other === undefined
            ? `${name} no longer matches the other company (it was changed, merged or deleted).`
            : `${name} and ${displayName(other)} no longer match (name, domain or registration number changed).`,
      );
    }
  }
  plan.raised = [...raisedByKey.values()].map(({ conflict }) => conflict);
  plan.involvedIds = [...involved].sort();
  return plan;
};
