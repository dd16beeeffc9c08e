import { definePostInstallLogicFunction } from 'twenty-sdk/define';

import { runPostInstall } from './admin/run-post-install.util';
import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { POST_INSTALL_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';

// Twenty queues it once the install has created the objects, fields and roles
// (application-install.service.ts runPostInstallHook); not on upgrades.
export default definePostInstallLogicFunction({
  universalIdentifier: POST_INSTALL_UNIVERSAL_IDENTIFIER,
  name: 'post-install',
  description:
    "After install: creates today's credit period if none covers it and queues a recomputation of every deal.",
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: () => runPostInstall(),
});
