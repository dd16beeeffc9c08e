import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_ACCOUNT_TEAM_MEMBER_UPDATED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { TEAM_MEMBER_CREDIT_INPUT_FIELDS } from './credit/fan-out-trigger.constants';
import {
  accountJobsOf,
  runFanOutHandler,
  type FanOutHandlerOutcome,
} from './credit/run-fan-out-handler.util';

export const onAccountTeamMemberUpdatedHandler = (
  payload: unknown,
): Promise<FanOutHandlerOutcome> =>
  runFanOutHandler(payload, accountJobsOf('globalAccountId'));

export default defineLogicFunction({
  universalIdentifier: ON_ACCOUNT_TEAM_MEMBER_UPDATED_UNIVERSAL_IDENTIFIER,
  name: 'on-account-team-member-updated',
  description:
    'Recomputes the credit and coverage of a global account when its team changes.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: onAccountTeamMemberUpdatedHandler,
  databaseEventTriggerSettings: {
    eventName: 'accountTeamMember.updated',
    updatedFields: TEAM_MEMBER_CREDIT_INPUT_FIELDS,
    batchMode: true,
  },
});
