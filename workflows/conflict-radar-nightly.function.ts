import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CONFLICT_RADAR_NIGHTLY_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { runCompanyRadarBatchHandler } from './conflict-radar/run-company-radar-batch-handler.util';

// Every night: every company against its candidates (duplicates, unlinked affiliates), paged
// and paced within the recomputation's share of the API budget.
export const handler = () => runCompanyRadarBatchHandler({ after: null });

export default defineLogicFunction({
  universalIdentifier: CONFLICT_RADAR_NIGHTLY_UNIVERSAL_IDENTIFIER,
  name: 'conflict-radar-nightly',
  description:
    'Nightly: matches every company against its candidates and raises or resolves duplicate and unlinked-affiliate conflicts.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler,
  cronTriggerSettings: { pattern: '47 2 * * *' },
});
