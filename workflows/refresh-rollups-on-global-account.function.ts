import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { REFRESH_ROLLUPS_ON_GLOBAL_ACCOUNT_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { runRollupsOnEvents } from './rollups/run-rollups.util';

// A new reporting currency changes every total. The app's own roll-up writes touch none of
// these fields, so they never start this function again.
export const handler = runRollupsOnEvents('id');

export default defineLogicFunction({
  universalIdentifier: REFRESH_ROLLUPS_ON_GLOBAL_ACCOUNT_UNIVERSAL_IDENTIFIER,
  name: 'refresh-rollups-on-global-account',
  description:
    "Recomputes a global account's totals when its reporting currency changes.",
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'globalAccount.updated',
    updatedFields: ['reportingCurrency'],
    batchMode: true,
  },
});
