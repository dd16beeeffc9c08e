import {
  findAccountsOfCompanies,
  loadCompanyAncestors,
  saveHierarchyDecisions,
} from '@global-accounts/twenty-gateway';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { type EventStep } from '../dispatch/event-step.type';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
  type DatabaseEvent,
} from '../shared/database-event-payload.schema';
import {
  dataOrThrow,
  runWithAppClient,
} from '../shared/run-with-app-client.util';
import {
  planHierarchyDecisions,
  type ParentChange,
} from './plan-hierarchy-decisions.util';
import { accountIdsOfEvents, runRollups } from './run-rollups.util';

const idOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** Events that set or changed a company's parent (creation with a parent included). */
export const parentChangesOf = (
  events: readonly DatabaseEvent[],
): ParentChange[] =>
  events.flatMap((event): ParentChange[] => {
    const after = event.properties?.after;
    if (after === null || after === undefined) return [];
    const newParentId = idOrNull(after.parentCompanyId);
    const previousParentId = idOrNull(
      event.properties?.before?.parentCompanyId,
    );
    if (newParentId === null || newParentId === previousParentId) return [];
    return [{ companyId: event.recordId, previousParentId, newParentId }];
  });

/**
 * Company created or its parent changed: a parent that makes a cycle is refused (put back, with
 * a conflict naming the cycle); a company under a parent in a global account joins it, or raises
 * UNLINKED_AFFILIATE when already in another. One request per level of the loaded chains, one
 * write. Its own writes come back as company.updated: a put-back parent has no cycle and a
 * joined company is in its parent's account, so the second pass writes nothing.
 */
export const runCompanyHierarchy = async (payload: unknown) => {
  const events = parseDatabaseEvents(payload);
  if (events === undefined) return INVALID_PAYLOAD;
  const changes = parentChangesOf(events);
  if (changes.length === 0)
    return { outcome: 'ignored' as const, message: 'no parent change' };
  return runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client) => {
      const companies = dataOrThrow(
        await loadCompanyAncestors({
          client,
          companyIds: changes.flatMap((change) => [
            change.companyId,
            change.newParentId,
          ]),
        }),
        'company hierarchy lookup',
      );
      const decisions = planHierarchyDecisions({ changes, companies });
      dataOrThrow(
        await saveHierarchyDecisions({
          client,
          ...decisions,
          now: new Date(Date.now()),
        }),
        'company hierarchy write',
      );
      return {
        outcome: 'checked' as const,
        refused: decisions.conflicts.filter(
          (conflict) => conflict.kind === 'INVALID_INPUT',
        ).length,
        joined: decisions.companies.filter(
          (write) => 'globalAccountId' in write,
        ).length,
        unlinked: decisions.conflicts.filter(
          (conflict) => conflict.kind === 'UNLINKED_AFFILIATE',
        ).length,
        requests: client.requestCount(),
      };
    },
  });
};

/** Fields of a company that change an account's roll-up (members, countries, ultimate parent). */
export const COMPANY_ROLLUP_FIELDS = [
  'globalAccountId',
  'countryCode',
  'globalAccountSince',
  'parentCompanyId',
] as const;

/** company.created / company.updated: the hierarchy rules. */
export const companyHierarchyStep: EventStep = {
  name: 'company-hierarchy',
  updatedFields: ['parentCompanyId'],
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: runCompanyHierarchy,
};

/** company.created / updated / deleted / restored: the roll-ups of the accounts before and after. */
export const companyRollupStep: EventStep = {
  name: 'rollups',
  updatedFields: COMPANY_ROLLUP_FIELDS,
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: async (payload) => {
    const events = parseDatabaseEvents(payload);
    if (events === undefined) return INVALID_PAYLOAD;
    return runRollups({
      globalAccountIds: accountIdsOfEvents(events, 'globalAccountId'),
      fromEvent: true,
      timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    });
  },
};

/** Fields of an opportunity that change a roll-up. */
export const OPPORTUNITY_ROLLUP_FIELDS = [
  'amount',
  'stage',
  'closeDate',
  'companyId',
  'shipToCountry',
] as const;

/**
 * opportunity.created / updated / deleted / restored: one lookup of the deals' companies'
 * accounts (before and after a move), then one roll-up run for all of them.
 */
export const opportunityRollupStep: EventStep = {
  name: 'rollups',
  updatedFields: OPPORTUNITY_ROLLUP_FIELDS,
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: async (payload) => {
    const events = parseDatabaseEvents(payload);
    if (events === undefined) return INVALID_PAYLOAD;
    const companyIds = accountIdsOfEvents(events, 'companyId');
    if (companyIds.length === 0)
      return { outcome: 'ignored', message: 'no company concerned' };
    const found = await runWithAppClient({
      timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
      work: async (client) => ({
        accountIds: dataOrThrow(
          await findAccountsOfCompanies({ client, companyIds }),
          'accounts of the deals',
        ),
      }),
    });
    if (!('accountIds' in found)) return found;
    const outcome = await runRollups({
      globalAccountIds: found.accountIds,
      fromEvent: true,
      timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    });
    // The lookup's request counts with the roll-up's.
    return 'requests' in outcome
      ? { ...outcome, requests: outcome.requests + found.requests }
      : outcome;
  },
};
