import {
  type AgreementAlertRecipients,
  type IsoDate,
  type TeamMember,
  type WorkspaceMemberId,
} from '@global-accounts/domain';

const isActive = (member: TeamMember, today: IsoDate) =>
  (member.startDate === null || member.startDate <= today) &&
  (member.endDateInclusive === null || member.endDateInclusive >= today);

/** Who hears about a family's agreements today: its GAM, contract managers and local account managers. */
export const buildAgreementRecipients = ({
  globalAccountManagerId,
  team,
  today,
}: {
  globalAccountManagerId: string | null;
  team: readonly TeamMember[];
  today: IsoDate;
}): AgreementAlertRecipients => {
  const active = team.filter((member) => isActive(member, today));
  return {
    globalAccountManagerId: globalAccountManagerId as WorkspaceMemberId | null,
    contractManagerIds: active
      .filter((member) => member.role === 'CONTRACT_MANAGER')
      .map((member) => member.workspaceMemberId),
    localAccountManagers: active
      .filter((member) => member.role === 'LOCAL_ACCOUNT_MANAGER')
      .map((member) => ({
        workspaceMemberId: member.workspaceMemberId,
        countryCode: member.countryCode,
      })),
  };
};
