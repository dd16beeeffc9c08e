import { defineLogicFunction } from 'twenty-sdk/define';

import {
  CROSS_REGION_PROSPECT_KIND,
  DEAL_STATUS_CONFLICTS,
  PARALLEL_IMPORT_KIND,
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

// The deal's agreement conflicts and the conflict radar's deal conflicts (nobody can act on a deleted deal).
const DEAL_CONFLICT_KINDS = [
  ...Object.values(DEAL_STATUS_CONFLICTS).flatMap((entry) =>
    entry === null ? [] : [entry.kind],
  ),
  PARALLEL_IMPORT_KIND,
  CROSS_REGION_PROSPECT_KIND,
];

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
