import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_ACCOUNT_TEAM_MEMBER_DELETED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  accountJobsOf,
  runFanOutHandler,
  type FanOutHandlerOutcome,
} from './credit/run-fan-out-handler.util';

export const onAccountTeamMemberDeletedHandler = (
  payload: unknown,
): Promise<FanOutHandlerOutcome> =>
  runFanOutHandler(payload, accountJobsOf('globalAccountId'));

export default defineLogicFunction({
  universalIdentifier: ON_ACCOUNT_TEAM_MEMBER_DELETED_UNIVERSAL_IDENTIFIER,
  name: 'on-account-team-member-deleted',
  description:
    'Recomputes the credit and coverage of a global account when its team changes.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: onAccountTeamMemberDeletedHandler,
  databaseEventTriggerSettings: {
    eventName: 'accountTeamMember.deleted',
    batchMode: true,
  },
});
