import { defineLogicFunction } from 'twenty-sdk/define';

import {
  AGREEMENT_LEVEL_CONFLICT_KINDS,
  resolveOpenConflicts,
} from '@global-accounts/twenty-gateway';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_FRAMEWORK_AGREEMENT_DELETED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  runResolveConflictsOfDeleted,
  type ResolveConflictsOutcome,
} from './shared/resolve-conflicts-of-deleted.util';

export const handler = (payload: unknown): Promise<ResolveConflictsOutcome> =>
  runResolveConflictsOfDeleted({
    payload,
    resolve: ({ client, recordIds, now }) =>
      resolveOpenConflicts({
        client,
        on: { frameworkAgreementIds: recordIds },
        kinds: AGREEMENT_LEVEL_CONFLICT_KINDS,
        now,
      }),
  });

export default defineLogicFunction({
  universalIdentifier: ON_FRAMEWORK_AGREEMENT_DELETED_UNIVERSAL_IDENTIFIER,
  name: 'on-framework-agreement-deleted',
  description:
    "Resolves a deleted agreement's open alerts and refusals (a restore computes them again).",
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'frameworkAgreement.deleted',
    batchMode: true,
  },
});
