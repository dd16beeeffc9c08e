import { findActiveTeamMember } from '../credit-split/find-active-team-member.util';
import { type TeamMember } from '../credit-split/team-member.type';
import {
  type CreditConflict,
  uncoveredCountryKey,
} from '../credit-ledger/credit-conflict.type';
import {
  type GlobalAccountId,
  type WorkspaceMemberId,
} from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';
import { parseCountryCode } from '../shared/parse-country-code.util';

export type CoverageInput = {
  globalAccountId: GlobalAccountId;
  /** Countries of the account's member companies. */
  memberCountries: readonly string[];
  /** Countries its UNCOVERED_COUNTRY conflicts name today (member or ship-to countries). */
  flaggedCountries: readonly string[];
  team: readonly TeamMember[];
  today: IsoDate;
  /** The account's GAM: the person the conflicts are assigned to. */
  globalAccountManagerId?: WorkspaceMemberId | null;
};

/**
 * CONFLICTS.md "Coverage": a member country without an active local account manager is
 * uncovered; a flagged country that has one again is resolved.
 */
export const planCoverageConflicts = (
  input: CoverageInput,
): { raised: CreditConflict[]; resolvedKeys: string[] } => {
  const isCovered = (countryCode: string): boolean =>
    findActiveTeamMember(input.team, input.today, {
      role: 'LOCAL_ACCOUNT_MANAGER',
      countryCode,
    }) !== undefined;
  // Codes are read as ISO 3166-1 ("de" is DE); an unreadable one is refused on its company's deals.
  const memberCountries = input.memberCountries.flatMap((value) => {
    const code = parseCountryCode({ field: 'company.countryCode', value });
    return code.success ? [code.data] : [];
  });
  const raised = [...new Set(memberCountries)]
    .sort()
    .filter((country) => !isCovered(country))
    .map((country): CreditConflict => ({
      kind: 'UNCOVERED_COUNTRY',
      severity: 'WARNING',
      dedupeKey: uncoveredCountryKey(input.globalAccountId, country),
      globalAccountId: input.globalAccountId,
      opportunityId: null,
      countries: [country],
      summary: `Nobody covers ${country} as local account manager: its share of the credit goes to the booking owner.`,
      assigneeId: input.globalAccountManagerId ?? null,
    }));
  const resolvedKeys = input.flaggedCountries
    .filter(isCovered)
    .map((country) => uncoveredCountryKey(input.globalAccountId, country));
  return { raised, resolvedKeys };
};
