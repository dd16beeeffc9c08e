import {
  dealCheckRefusalKey,
  ok,
  parseCountryCode,
  type AgreementRecord,
  type ComplianceCompany,
  type ComplianceDeal,
  type OpportunityId,
  type Result,
  type StoredEvidenceConflict,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { groupBy } from '../credit/group-by.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import {
  agreementPageRequest,
  dealPageRequests,
  MAX_OPPORTUNITIES_PER_COMPLIANCE_LOAD,
} from './compliance-context.query';
import {
  type AgreementNode,
  type ComplianceConflictNode,
  type ComplianceOpportunityNode,
} from './schemas/compliance-node.schema';
import { toAgreementRecord } from './to-agreement-record.util';
import { toComplianceDeal } from './to-compliance-deal.util';

/** What the agreement check of one deal needs, as stored in Twenty. */
export type ComplianceContext = {
  deal: ComplianceDeal;
  company: ComplianceCompany | null;
  ownerId: string | null;
  /** Where the deal is booked and shipped (ISO alpha-2; null when empty or unreadable). */
  bookingCountry: string | null;
  shipToCountry: string | null;
  /** The stored agreementStatus (written only when the verdict differs). */
  storedStatus: string | null;
  /** The account its conflicts belong to: the company's, else the linked agreement's. */
  globalAccountId: string | null;
  globalAccountManagerId: string | null;
  /** The agreements of the company's family and the one the deal links to. */
  agreements: AgreementRecord[];
  storedConflicts: StoredEvidenceConflict[];
};

/** A deal whose check is left as it was, with the reason a person can act on. */
export type ComplianceRefusal = {
  opportunityId: string;
  reason: string;
  globalAccountId: string | null;
  companyId: string | null;
  /** Who can fix it: the deal owner for the deal's fields, the GAM for an agreement's. */
  assigneeId: string | null;
  storedConflicts: StoredEvidenceConflict[];
};

export type LoadedComplianceContexts = {
  loaded: ComplianceContext[];
  refused: ComplianceRefusal[];
  /** Opportunities that no longer exist or are deleted: nothing to judge. */
  missing: string[];
};

// The parallel-import check reads these; an unreadable one is left out, not refused (the
// agreement check does not depend on it; the credit check reports it).
const countryOrNull = (value: string | null | undefined): string | null => {
  if (value === null || value === undefined || value.trim() === '') return null;
  const country = parseCountryCode({ field: 'country', value });
  return country.success ? country.data : null;
};

const liveAccountOf = (
  reference: AgreementNode['globalAccount'],
): { id: string; globalAccountManagerId: string | null } | null =>
  reference !== null && (reference.deletedAt ?? null) === null
    ? reference
    : null;

// Only the conflicts this check owns: its five kinds and its own refusal, not the credit's.
const isDealCheckConflict = (conflict: ComplianceConflictNode): boolean =>
  conflict.dedupeKey !== null &&
  conflict.opportunityId !== null &&
  (conflict.kind !== 'INVALID_INPUT' ||
    conflict.dedupeKey ===
      dealCheckRefusalKey(conflict.opportunityId as OpportunityId));

const toStored = (
  conflict: ComplianceConflictNode,
): StoredEvidenceConflict => ({
  id: conflict.id,
  dedupeKey: conflict.dedupeKey,
  status: conflict.status,
  summary: conflict.summary,
  evidenceHash: conflict.evidenceHash,
});

const judgeNode = ({
  node,
  agreementsById,
  agreementNodesByAccount,
  storedConflicts,
  result,
}: {
  node: ComplianceOpportunityNode;
  agreementsById: Map<
    string,
    { node: AgreementNode; record: Result<AgreementRecord, string> }
  >;
  agreementNodesByAccount: Map<string, AgreementNode[]>;
  storedConflicts: StoredEvidenceConflict[];
  result: LoadedComplianceContexts;
}): void => {
  const companyAccount = liveAccountOf(node.company?.globalAccount ?? null);
  const linked =
    node.frameworkAgreementId === null
      ? undefined
      : agreementsById.get(node.frameworkAgreementId);
  const account =
    companyAccount ?? liveAccountOf(linked?.node.globalAccount ?? null);
  const gamId = account?.globalAccountManagerId ?? null;
  const refuse = (reason: string, assigneeId: string | null) =>
    result.refused.push({
      opportunityId: node.id,
      reason,
      globalAccountId: account?.id ?? null,
      companyId: node.companyId,
      assigneeId,
      storedConflicts,
    });
  const inputs = toComplianceDeal(node);
  if (!inputs.success) {
    refuse(inputs.error, node.ownerId ?? gamId);
    return;
  }
  const relevant = [
    ...(companyAccount === null
      ? []
      : (agreementNodesByAccount.get(companyAccount.id) ?? [])),
    ...(linked === undefined ? [] : [linked.node]),
  ];
  const agreements = new Map<string, AgreementRecord>();
  for (const agreementNode of relevant) {
    const record = agreementsById.get(agreementNode.id)?.record;
    if (record === undefined) continue;
    if (!record.success) {
      refuse(record.error, gamId ?? node.ownerId);
      return;
    }
    agreements.set(record.data.id, record.data);
  }
  result.loaded.push({
    deal: inputs.data.deal,
    company: inputs.data.company,
    ownerId: node.ownerId,
    bookingCountry: countryOrNull(node.bookingCountry),
    shipToCountry: countryOrNull(node.shipToCountry),
    storedStatus: node.agreementStatus,
    globalAccountId: account?.id ?? null,
    globalAccountManagerId: gamId,
    agreements: [...agreements.values()],
    storedConflicts,
  });
};

const loadBatch = async (
  client: GraphqlClient,
  ids: readonly string[],
  result: LoadedComplianceContexts,
): Promise<Result<void, GatewayError>> => {
  const first = await fetchRootPages({
    client,
    requests: dealPageRequests({ opportunityIds: ids }),
  });
  if (!first.success) return first;
  const { opportunities, conflicts } = first.data;
  const globalAccountIds = [
    ...new Set(
      opportunities.flatMap(
        (node) => liveAccountOf(node.company?.globalAccount ?? null)?.id ?? [],
      ),
    ),
  ];
  const agreementIds = [
    ...new Set(
      opportunities.flatMap((node) => node.frameworkAgreementId ?? []),
    ),
  ];
  let agreementNodes: AgreementNode[] = [];
  if (globalAccountIds.length > 0 || agreementIds.length > 0) {
    const second = await fetchRootPages({
      client,
      requests: {
        agreements: agreementPageRequest({ globalAccountIds, agreementIds }),
      },
    });
    if (!second.success) return second;
    agreementNodes = second.data.agreements;
  }
  const agreementsById = new Map(
    agreementNodes.map((node) => [
      node.id,
      { node, record: toAgreementRecord(node) },
    ]),
  );
  const agreementNodesByAccount = groupBy(
    agreementNodes,
    (node) => node.globalAccountId ?? '',
  );
  const conflictsByDeal = groupBy(
    conflicts.filter(isDealCheckConflict),
    (conflict) => conflict.opportunityId ?? '',
  );
  const found = new Set<string>();
  for (const node of opportunities) {
    found.add(node.id);
    judgeNode({
      node,
      agreementsById,
      agreementNodesByAccount,
      storedConflicts: (conflictsByDeal.get(node.id) ?? []).map(toStored),
      result,
    });
  }
  result.missing.push(...ids.filter((id) => !found.has(id)));
  return ok(undefined);
};

/**
 * Loads what the agreement check of opportunities needs, 200 at a time, with root queries
 * and `in` filters only: two requests per 200 deals (one more per further 200 rows of a list).
 */
export const loadComplianceContexts = async ({
  client,
  opportunityIds,
}: {
  client: GraphqlClient;
  opportunityIds: readonly string[];
}): Promise<Result<LoadedComplianceContexts, GatewayError>> => {
  const result: LoadedComplianceContexts = {
    loaded: [],
    refused: [],
    missing: [],
  };
  const unique = [...new Set(opportunityIds)];
  for (
    let start = 0;
    start < unique.length;
    start += MAX_OPPORTUNITIES_PER_COMPLIANCE_LOAD
  ) {
    const batch = await loadBatch(
      client,
      unique.slice(start, start + MAX_OPPORTUNITIES_PER_COMPLIANCE_LOAD),
      result,
    );
    if (!batch.success) return batch;
  }
  return ok(result);
};
