import { defineLogicFunction } from 'twenty-sdk/define';

import { RECOMPUTATION_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { RECONCILE_CREDIT_LEDGER_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  runFanOutJobs,
  type FanOutHandlerOutcome,
} from './credit/run-fan-out-handler.util';

// Twenty may drop events: every night, every opportunity is recomputed and drift repaired.
export const reconcileCreditLedgerHandler = (): Promise<FanOutHandlerOutcome> =>
  runFanOutJobs([{ scope: { kind: 'all' }, after: null }]);

export default defineLogicFunction({
  universalIdentifier: RECONCILE_CREDIT_LEDGER_UNIVERSAL_IDENTIFIER,
  name: 'reconcile-credit-ledger',
  description:
    'Nightly: finds and repairs drift in the credit ledger, page by page.',
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  handler: reconcileCreditLedgerHandler,
  cronTriggerSettings: { pattern: '17 2 * * *' },
});
