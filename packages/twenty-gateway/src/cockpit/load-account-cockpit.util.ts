import {
  ok,
  type CockpitActivity,
  type CockpitAgreement,
  type CockpitConflict,
  type CockpitCreditLine,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import { toPersonName } from '../schemas/person-name.schema';
import {
  cockpitPageRequests,
  RECENT_ACTIVITY_QUERY,
  recentActivitySchema,
} from './account-cockpit.query';
import { toMicros } from '../schemas/micros.util';

export type AccountCockpitLists = {
  creditLines: CockpitCreditLine[];
  agreements: CockpitAgreement[];
  conflicts: CockpitConflict[];
  activity: CockpitActivity[];
};

/**
 * What the cockpit shows beside the roll-up: the account's non-reversed credit lines, open
 * conflicts and agreements (one request, more only past 200 rows a list), and the newest
 * deals, tasks and notes of its member companies (one request).
 */
export const loadAccountCockpitLists = async ({
  client,
  globalAccountId,
  companyIds,
  activityLimit,
}: {
  client: GraphqlClient;
  globalAccountId: string;
  companyIds: readonly string[];
  activityLimit: number;
}): Promise<Result<AccountCockpitLists, GatewayError>> => {
  const pages = await fetchRootPages({
    client,
    requests: cockpitPageRequests(globalAccountId),
  });
  if (!pages.success) return pages;
  const activity: CockpitActivity[] = [];
  if (companyIds.length > 0) {
    const recent = await client.request(
      RECENT_ACTIVITY_QUERY,
      { companyIds, first: activityLimit },
      recentActivitySchema,
    );
    if (!recent.success) return recent;
    for (const { node } of recent.data.opportunities.edges)
      activity.push({
        kind: 'OPPORTUNITY',
        title:
          node.stage === null
            ? node.name
            : `${node.name ?? ''} (${node.stage})`,
        companyId: node.companyId,
        at: node.updatedAt,
      });
    for (const { node } of recent.data.taskTargets.edges)
      if (node.task !== null)
        activity.push({
          kind: 'TASK',
          title: node.task.title,
          companyId: node.targetCompanyId,
          at: node.task.updatedAt,
        });
    for (const { node } of recent.data.noteTargets.edges)
      if (node.note !== null)
        activity.push({
          kind: 'NOTE',
          title: node.note.title,
          companyId: node.targetCompanyId,
          at: node.note.updatedAt,
        });
  }
  return ok({
    creditLines: pages.data.creditLines.map((node) => ({
      countryCode: node.countryCode,
      creditType: node.creditType,
      status: node.status,
      reportingAmountMicros: toMicros(node.reportingAmount) ?? 0n,
      reportingCurrency: node.reportingAmount?.currencyCode ?? null,
    })),
    agreements: pages.data.agreements.map((node) => ({
      name: node.name,
      status: node.status,
      currency: node.currency,
      volumeToDateMicros: toMicros(node.volumeToDate),
      nextTierThresholdMicros: toMicros(node.nextTierThreshold),
      currentRebatePercent: node.currentRebatePercent,
    })),
    conflicts: pages.data.conflicts.map((node) => ({
      kind: node.kind,
      severity: node.severity,
      summary: node.summary,
      assigneeName: toPersonName(node.assignee?.name),
    })),
    activity,
  });
};
