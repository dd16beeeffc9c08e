import { defineHealthCheck } from 'twenty-sdk/define';

import { runHealthCheck } from './admin/run-health-check.util';
import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { HEALTH_CHECK_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

// Twenty runs it on runApplicationHealthCheck (the app's page in Settings → Applications)
// and shows its status, title, description and action as a banner.
export default defineHealthCheck({
  universalIdentifier: HEALTH_CHECK_UNIVERSAL_IDENTIFIER,
  name: 'health-check',
  description:
    'Lists what an admin should fix: settings, missing exchange rates, invalid policies, no open credit period, credit not computed.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: () => runHealthCheck(),
});
