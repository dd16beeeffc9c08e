import { type TeamRole } from '../shared/data-model.constants';
import { type TeamMemberId, type WorkspaceMemberId } from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';

/**
 * One accountTeamMember row. Membership is effective-dated with an inclusive end:
 * active on day D when startDate <= D and (endDate is empty or D <= endDate).
 */
export type TeamMember = {
  id: TeamMemberId;
  workspaceMemberId: WorkspaceMemberId;
  role: TeamRole;
  countryCode: string | null;
  startDate: IsoDate | null;
  endDateInclusive: IsoDate | null;
};
