import { z } from 'zod';

import {
  ok,
  percentToBasisPoints,
  type EditableSplitLine,
  type ExplainedLineInput,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import { type RootPageRequest } from '../paging/root-page-request.type';
import { toMicros } from '../schemas/micros.util';
import { personNameSchema, toPersonName } from '../schemas/person-name.schema';
import { currencySchema } from './schemas/twenty-values.schema';

/** One deal (its owner and account) and its live (not REVERSED) credit lines. */
export const creditSplitPageRequests = (opportunityId: string) =>
  ({
    opportunities: {
      field: 'opportunities',
      typeName: 'Opportunity',
      filter: { id: { eq: opportunityId } },
      selection:
        'id name ownerId owner { name { firstName lastName } } company { globalAccountId }',
      node: z.object({
        id: z.string(),
        name: z.string().nullable(),
        ownerId: z.string().nullable(),
        owner: z.object({ name: personNameSchema }).nullable(),
        company: z
          .object({ globalAccountId: z.string().nullable() })
          .nullable(),
      }),
    },
    lines: {
      field: 'creditAllocations',
      typeName: 'CreditAllocation',
      filter: {
        opportunityId: { eq: opportunityId },
        status: { neq: 'REVERSED' },
      },
      selection:
        'id recipientId countryCode creditType percent amount { amountMicros currencyCode } status entryType source reason recipient { name { firstName lastName } }',
      node: z.object({
        id: z.string(),
        recipientId: z.string().nullable(),
        countryCode: z.string().nullable(),
        creditType: z.string().nullable(),
        percent: z.number().nullable(),
        amount: currencySchema,
        status: z.string().nullable(),
        entryType: z.string().nullable(),
        source: z.string().nullable(),
        reason: z.string().nullable(),
        recipient: z.object({ name: personNameSchema }).nullable(),
      }),
    },
  }) satisfies Record<string, RootPageRequest>;

/** The account's team members still on the team on `today`: who a manager may credit. */
export const splitCandidatePageRequests = (
  globalAccountId: string,
  today: string,
) =>
  ({
    team: {
      field: 'accountTeamMembers',
      typeName: 'AccountTeamMember',
      filter: {
        globalAccountId: { eq: globalAccountId },
        or: [{ endDate: { is: 'NULL' } }, { endDate: { gte: today } }],
      },
      selection:
        'workspaceMemberId role countryCode workspaceMember { name { firstName lastName } }',
      node: z.object({
        workspaceMemberId: z.string().nullable(),
        role: z.string().nullable(),
        countryCode: z.string().nullable(),
        workspaceMember: z.object({ name: personNameSchema }).nullable(),
      }),
    },
  }) satisfies Record<string, RootPageRequest>;

/** A person the split editor offers: the deal's owner and the account team. */
export type SplitCandidate = {
  workspaceMemberId: string;
  name: string;
  countryCode: string | null;
  role: string | null;
};

export type LoadedCreditSplit = {
  opportunity: { id: string; name: string | null } | null;
  /** The account the deal's company belongs to; null: the deal gets no credit. */
  globalAccountId: string | null;
  lines: ExplainedLineInput[];
  /** The live ORIGINAL revenue lines: where the split editor starts. */
  revenueSplit: (EditableSplitLine & { recipientName: string | null })[];
  candidates: SplitCandidate[];
};

const basisPointsOf = (percent: number | null): number =>
  // A share with more than two decimals is refused where lines are written; shown as 0 here.
  percent === null ? 0 : (percentToBasisPoints(percent) ?? 0);

/** A deal's credit split as stored and who may be credited: one request, two with an account. */
export const loadCreditSplit = async ({
  client,
  opportunityId,
  today,
}: {
  client: GraphqlClient;
  opportunityId: string;
  /** YYYY-MM-DD: team members whose membership ended before it are not offered. */
  today: string;
}): Promise<Result<LoadedCreditSplit, GatewayError>> => {
  const pages = await fetchRootPages({
    client,
    requests: creditSplitPageRequests(opportunityId),
  });
  if (!pages.success) return pages;
  const deal = pages.data.opportunities[0] ?? null;
  const globalAccountId = deal?.company?.globalAccountId ?? null;
  const team =
    globalAccountId === null
      ? ok({ team: [] })
      : await fetchRootPages({
          client,
          requests: splitCandidatePageRequests(globalAccountId, today),
        });
  if (!team.success) return team;

  const candidates = new Map<string, SplitCandidate>();
  if (deal !== null && deal.ownerId !== null)
    candidates.set(deal.ownerId, {
      workspaceMemberId: deal.ownerId,
      name: toPersonName(deal.owner?.name) ?? 'Deal owner',
      countryCode: null,
      role: 'Deal owner',
    });
  for (const member of team.data.team) {
    if (member.workspaceMemberId === null) continue;
    if (candidates.has(member.workspaceMemberId)) continue;
    candidates.set(member.workspaceMemberId, {
      workspaceMemberId: member.workspaceMemberId,
      name: toPersonName(member.workspaceMember?.name) ?? 'Unnamed member',
      countryCode: member.countryCode,
      role: member.role,
    });
  }
  return ok({
    opportunity: deal === null ? null : { id: deal.id, name: deal.name },
    globalAccountId,
    lines: pages.data.lines.map((node) => ({
      recipientName: toPersonName(node.recipient?.name),
      countryCode: node.countryCode,
      creditType: node.creditType,
      basisPoints: basisPointsOf(node.percent),
      amountMicros: toMicros(node.amount) ?? 0n,
      currency: node.amount?.currencyCode ?? null,
      status: node.status,
      entryType: node.entryType,
      source: node.source,
      reason: node.reason,
    })),
    revenueSplit: pages.data.lines.flatMap((node) =>
      node.creditType === 'REVENUE' &&
      node.entryType === 'ORIGINAL' &&
      node.recipientId !== null
        ? [
            {
              id: node.id,
              recipientId: node.recipientId,
              basisPoints: basisPointsOf(node.percent),
              source: node.source ?? 'POLICY',
              recipientName: toPersonName(node.recipient?.name),
            },
          ]
        : [],
    ),
    candidates: [...candidates.values()],
  });
};
