import {
  fail,
  ok,
  type Result,
  type TeamMember,
} from '@global-accounts/domain';

import { groupBy } from './group-by.util';
import { type TeamMemberNode } from './schemas/credit-context.schema';
import { toTeamMember } from './to-domain-values.util';

/**
 * Team rows grouped by account, in domain terms. An account with an unreadable row gets the
 * first refusal instead of a team: a partial team would credit the wrong people.
 */
export const toAccountTeams = (
  nodes: readonly TeamMemberNode[],
): Map<string, Result<TeamMember[], string>> => {
  const teams = new Map<string, Result<TeamMember[], string>>();
  for (const [accountId, members] of groupBy(
    nodes,
    (node) => node.globalAccountId ?? '',
  )) {
    const team: TeamMember[] = [];
    let refusal: string | undefined;
    for (const member of members) {
      const parsed = toTeamMember(member);
      if (!parsed.success) refusal ??= parsed.error;
      else if (parsed.data !== undefined) team.push(parsed.data);
    }
    teams.set(accountId, refusal === undefined ? ok(team) : fail(refusal));
  }
  return teams;
};
