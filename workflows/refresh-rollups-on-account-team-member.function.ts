import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { REFRESH_ROLLUPS_ON_ACCOUNT_TEAM_MEMBER_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { runRollupsOnEvents } from './rollups/run-rollups.util';

// Coverage (uncovered countries) follows the team: any team change recomputes its accounts.
export const handler = runRollupsOnEvents('globalAccountId');

export default defineLogicFunction({
  universalIdentifier:
    REFRESH_ROLLUPS_ON_ACCOUNT_TEAM_MEMBER_UNIVERSAL_IDENTIFIER,
  name: 'refresh-rollups-on-account-team-member',
  description:
    "Recomputes a global account's totals and coverage when its team changes.",
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'accountTeamMember.*',
    batchMode: true,
  },
});
