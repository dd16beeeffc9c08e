import {
  DEAL_STATUS_CONFLICTS,
  dealCheckRefusalKey,
  type OpportunityId,
} from '@global-accounts/domain';
import { resolveOpenConflicts } from '@global-accounts/twenty-gateway';

import {
  CREDIT_HANDLER_TIMEOUT_SECONDS,
  RECOMPUTATION_TIMEOUT_SECONDS,
} from '../constants/logic-function-timeouts.constant';
import { type EventStep } from '../dispatch/event-step.type';
import { runResolveConflictsOfDeleted } from '../shared/resolve-conflicts-of-deleted.util';
import {
  COMPANY_COMPLIANCE_INPUT_FIELDS,
  OPPORTUNITY_COMPLIANCE_INPUT_FIELDS,
} from './opportunity-compliance-trigger.constants';
import {
  companyComplianceJobsOf,
  runComplianceFanOutHandler,
} from './run-compliance-fan-out.util';
import { runComplianceHandler } from './run-compliance-handler.util';

const DEAL_CONFLICT_KINDS = Object.values(DEAL_STATUS_CONFLICTS).flatMap(
  (entry) => (entry === null ? [] : [entry.kind]),
);

/** Sets a deal's agreement check and raises or resolves its agreement conflicts (created, updated, restored). */
export const opportunityComplianceStep: EventStep = {
  name: 'agreement-check',
  updatedFields: OPPORTUNITY_COMPLIANCE_INPUT_FIELDS,
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: (payload) => runComplianceHandler(payload),
};

/** Resolves a deleted deal's open agreement conflicts; a restore checks the deal again. */
export const deletedOpportunityComplianceStep: EventStep = {
  name: 'agreement-check',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: (payload) =>
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
    }),
};

/** Re-checks the deals of a company that joins, leaves or moves between accounts, or changes country. */
export const companyComplianceStep: EventStep = {
  name: 'agreement-check',
  updatedFields: COMPANY_COMPLIANCE_INPUT_FIELDS,
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  run: (payload) =>
    runComplianceFanOutHandler(payload, companyComplianceJobsOf),
};
