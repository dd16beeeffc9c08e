import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { RECONCILE_AGREEMENTS_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { runAgreementBatch } from './agreements/run-agreement-batch.util';

// Every night: expiry reminders (90/60/30 days), tier gaps, and repair of dropped events for
// every ACTIVE agreement, paced within the recomputation's share of the API budget.
export const handler = () => runAgreementBatch();

export default defineLogicFunction({
  universalIdentifier: RECONCILE_AGREEMENTS_UNIVERSAL_IDENTIFIER,
  name: 'reconcile-agreements',
  description:
    'Daily: expiry reminders, tier-gap alerts and reconciliation of every active framework agreement.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler,
  cronTriggerSettings: { pattern: '37 3 * * *' },
});
