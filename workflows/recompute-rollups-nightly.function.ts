import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { RECOMPUTE_ROLLUPS_NIGHTLY_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { runRollups } from './rollups/run-rollups.util';

// Every night: every global account's totals, plan flags and measured objectives, paged and
// paced within the recomputation's share of the API budget (the day moves won revenue YTD,
// objective status and plan review dates even when no record changes).
export const handler = () => runRollups({});

export default defineLogicFunction({
  universalIdentifier: RECOMPUTE_ROLLUPS_NIGHTLY_UNIVERSAL_IDENTIFIER,
  name: 'recompute-rollups-nightly',
  description:
    "Daily: recomputes every global account's totals, plan review flag and measured plan objectives.",
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler,
  cronTriggerSettings: { pattern: '17 4 * * *' },
});
