import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { REFRESH_ROLLUPS_ON_CONFLICT_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { runRollupsOnEvents } from './rollups/run-rollups.util';

// openConflicts follows the conflicts: raised, resolved, moved, deleted or restored. Updates
// of other fields (summary, evidence) do not change the count and are not watched.
export const handler = runRollupsOnEvents('globalAccountId');

export const ROLLUP_CONFLICT_FIELDS = ['status', 'globalAccountId'] as const;

export default defineLogicFunction({
  universalIdentifier: REFRESH_ROLLUPS_ON_CONFLICT_UNIVERSAL_IDENTIFIER,
  name: 'refresh-rollups-on-conflict',
  description:
    "Recomputes a global account's open-conflict count (and totals) when its conflicts are raised or resolved.",
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'conflict.*',
    updatedFields: [...ROLLUP_CONFLICT_FIELDS],
    batchMode: true,
  },
});
