import { findActiveTeamMember } from '../credit-split/find-active-team-member.util';
import { type TeamMember } from '../credit-split/team-member.type';
import { type IsoDate } from '../shared/iso-date.util';

/** Member countries without an active LOCAL_ACCOUNT_MANAGER today (the rule of planCoverageConflicts). */
export const findUncoveredCountries = ({
  memberCountries,
  team,
  today,
}: {
  memberCountries: readonly string[];
  team: readonly TeamMember[];
  today: IsoDate;
}): string[] =>
  memberCountries.filter(
    (countryCode) =>
      findActiveTeamMember(team, today, {
        role: 'LOCAL_ACCOUNT_MANAGER',
        countryCode,
      }) === undefined,
  );
