import { type TeamRole } from '../shared/data-model.constants';
import { type WorkspaceMemberId } from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';
import { type TeamMember } from './team-member.type';

export const isActiveOn = (member: TeamMember, day: IsoDate): boolean =>
  (member.startDate === null || member.startDate <= day) &&
  (member.endDateInclusive === null || day <= member.endDateInclusive);

// Several candidates: the earliest startDate wins (no start date counts as earliest), then the lowest id.
const isPreferred = (candidate: TeamMember, current: TeamMember): boolean => {
  const candidateStart = candidate.startDate ?? '';
  const currentStart = current.startDate ?? '';
  if (candidateStart !== currentStart) return candidateStart < currentStart;
  return candidate.id < current.id;
};

/** What a member must match; an omitted (undefined) criterion matches everyone. */
export type TeamMemberCriteria = {
  role?: TeamRole;
  countryCode?: string | null;
  workspaceMemberId?: WorkspaceMemberId;
};

const matches = (member: TeamMember, criteria: TeamMemberCriteria): boolean =>
  (criteria.role === undefined || member.role === criteria.role) &&
  (criteria.countryCode === undefined ||
    member.countryCode === criteria.countryCode) &&
  (criteria.workspaceMemberId === undefined ||
    member.workspaceMemberId === criteria.workspaceMemberId);

export const findActiveTeamMember = (
  team: readonly TeamMember[],
  day: IsoDate,
  criteria: TeamMemberCriteria,
): TeamMember | undefined => {
  let chosen: TeamMember | undefined;
  for (let index = 0; index < team.length; index += 1) {
    const member = team[index] as TeamMember;
    if (!matches(member, criteria) || !isActiveOn(member, day)) continue;
    if (chosen === undefined || isPreferred(member, chosen)) chosen = member;
  }
  return chosen;
};
