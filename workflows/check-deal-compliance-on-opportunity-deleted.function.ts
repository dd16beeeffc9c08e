import { defineLogicFunction } from 'twenty-sdk/define';

import {
  DEAL_STATUS_CONFLICTS,
  dealCheckRefusalKey,
  type OpportunityId,
} from '@global-accounts/domain';
import { resolveOpenConflicts } from '@global-accounts/twenty-gateway';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { CHECK_DEAL_COMPLIANCE_ON_OPPORTUNITY_DELETED_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  runResolveConflictsOfDeleted,
  type ResolveConflictsOutcome,
} from './shared/resolve-conflicts-of-deleted.util';

const DEAL_CONFLICT_KINDS = Object.values(DEAL_STATUS_CONFLICTS).flatMap(
  (entry) => (entry === null ? [] : [entry.kind]),
);

export const checkDealComplianceOnOpportunityDeletedHandler = (
  payload: unknown,
): Promise<ResolveConflictsOutcome> =>
  runResolveConflictsOfDeleted({
    payload,
    resolve: ({ client, recordIds, now }) =>
      resolveOpenConflicts({
        client,
        on: { opportunityIds: recordIds },
        kinds: DEAL_CONFLICT_KINDS,
        dedupeKeys: recordIds.map((id) =>
          dealCheckRefusalKey(id as OpportunityId),
        ),
        now,
      }),
  });

export default defineLogicFunction({
  universalIdentifier:
    CHECK_DEAL_COMPLIANCE_ON_OPPORTUNITY_DELETED_UNIVERSAL_IDENTIFIER,
  name: 'check-deal-compliance-on-opportunity-deleted',
  description:
    "Resolves a deleted deal's open agreement conflicts (a restore checks the deal again).",
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: checkDealComplianceOnOpportunityDeletedHandler,
  databaseEventTriggerSettings: {
    eventName: 'opportunity.deleted',
    batchMode: true,
  },
});
