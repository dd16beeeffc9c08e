import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CONFLICT_RADAR_BATCH_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { runCompanyRadarBatchHandler } from './conflict-radar/run-company-radar-batch-handler.util';

// The follow-up of a nightly radar run too large for one run: it carries the page cursor.
export const handler = (payload: unknown) =>
  runCompanyRadarBatchHandler(payload);

export default defineLogicFunction({
  universalIdentifier: CONFLICT_RADAR_BATCH_UNIVERSAL_IDENTIFIER,
  name: 'conflict-radar-batch',
  description:
    'Continues the nightly conflict radar from the page where the previous run stopped.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler,
});
