import {
  toConflictPartyFacts,
  type ActiveMembership,
  type ConflictPartyFacts,
} from '@global-accounts/domain';
import {
  toPersonName,
  type OpenDealNode,
  type ProspectCompanyNode,
  type TeamMemberNode,
} from '@global-accounts/twenty-gateway';

export type StageSettings = {
  wonStages: readonly string[];
  lostStages: readonly string[];
};

/** Active on `today` (DATA-MODEL.md: startDate <= D and (endDate empty or D <= endDate)). */
export const activeMemberships = (
  team: readonly TeamMemberNode[],
  today: string,
): ActiveMembership[] =>
  team.flatMap((member) => {
    const start = member.startDate?.slice(0, 10) ?? null;
    const end = member.endDate?.slice(0, 10) ?? null;
    if (
      member.globalAccountId == null ||
      member.workspaceMemberId == null ||
      (start !== null && start > today) ||
      (end !== null && end < today)
    )
      return [];
    return [
      {
        globalAccountId: member.globalAccountId,
        workspaceMemberId: member.workspaceMemberId,
        role: member.role ?? null,
        countryCode: member.countryCode?.toUpperCase() ?? null,
      },
    ];
  });

/** Display names of the team's people (from their memberships). */
export const namesOf = (
  team: readonly TeamMemberNode[],
): Record<string, string> => {
  const names: Record<string, string> = {};
  for (const member of team) {
    const name = toPersonName(member.workspaceMember?.name);
    if (member.workspaceMemberId != null && name !== null)
      names[member.workspaceMemberId] = name;
  }
  return names;
};

/**
 * The privacy facts of a company (CONFLICTS.md): name, country, owning office (the team country
 * of its owner), owner, global account, last activity (its latest deal change) and the number
 * of open deals (neither won nor lost). Through toConflictPartyFacts, so nothing else leaks.
 */
export const companyFacts = ({
  company,
  deals,
  memberships,
  stages,
}: {
  company: ProspectCompanyNode;
  deals: readonly OpenDealNode[];
  memberships: readonly ActiveMembership[];
  stages: StageSettings;
}): ConflictPartyFacts => {
  const own = deals.filter((deal) => deal.companyId === company.id);
  const isClosed = (stage: string | null | undefined) =>
    stage != null &&
    (stages.wonStages.includes(stage) || stages.lostStages.includes(stage));
  const lastActivityAt =
    own
      .map((deal) => deal.updatedAt ?? '')
      .filter((at) => at !== '')
      .sort()
      .at(-1) ?? null;
  const ownerId = company.accountOwnerId ?? null;
  const ownerMemberships = memberships.filter(
    (member) => member.workspaceMemberId === ownerId,
  );
  const office =
    ownerMemberships.find(
      (member) => member.globalAccountId === company.globalAccountId,
    ) ?? ownerMemberships[0];
  const account = company.globalAccount;
  return toConflictPartyFacts({
    name: company.name ?? null,
    countryCode: company.countryCode?.toUpperCase() ?? null,
    owningOffice: office?.countryCode ?? null,
    ownerName: toPersonName(company.accountOwner?.name),
    globalAccountName:
      account != null && account.deletedAt == null
        ? (account.name ?? null)
        : null,
    lastActivityAt,
    openOpportunityCount: own.filter((deal) => !isClosed(deal.stage)).length,
  });
};
