import {
  buildDealCheckRefusal,
  dealCheckRefusalKey,
  ok,
  planDealAgreementConflicts,
  planEvidenceConflictChanges,
  planParallelImportConflicts,
  resolveDealCompliance,
  toIsoDate,
  type CompanyId,
  type EvidenceConflict,
  type GlobalAccountId,
  type OpportunityId,
  type Result,
  type StoredEvidenceConflict,
  type WorkspaceMemberId,
} from '@global-accounts/domain';
import {
  loadComplianceContexts,
  saveComplianceChanges,
  type ComplianceContext,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

export type ComplianceRunOutcome = {
  outcome: 'written' | 'unchanged';
  opportunities: number;
  statusesWritten: number;
  conflictsWritten: number;
  /** Deals left exactly as they were, with the reason a person can act on. */
  refused: { opportunityId: string; reason: string }[];
};

type Refusal = {
  opportunityId: string;
  reason: string;
  globalAccountId: string | null;
  companyId: string | null;
  assigneeId: string | null;
};

type Decision =
  | {
      kind: 'judged';
      status: string;
      raised: EvidenceConflict[];
      resolvedKeys: string[];
    }
  | { kind: 'refused'; refusal: Refusal };

const decide = (
  context: ComplianceContext,
  priceTolerancePercent: number,
  today: ReturnType<typeof toIsoDate>,
): Decision => {
  const { deal, company } = context;
  const verdict = resolveDealCompliance({
    deal,
    company,
    agreements: context.agreements,
    priceTolerancePercent,
    today,
  });
  if (!verdict.success)
    return {
      kind: 'refused',
      refusal: {
        opportunityId: deal.id,
        reason: verdict.error.message,
        globalAccountId: context.globalAccountId,
        companyId: company?.id ?? null,
        assigneeId: context.ownerId ?? context.globalAccountManagerId,
      },
    };
  const ownKeys = context.storedConflicts.flatMap(
    (conflict) => conflict.dedupeKey ?? [],
  );
  const refusalKey = dealCheckRefusalKey(deal.id);
  // A deal outside every family has nobody to tell: nothing is raised, what was raised is resolved.
  if (context.globalAccountId === null)
    return {
      kind: 'judged',
      status: verdict.data.status,
      raised: [],
      resolvedKeys: ownKeys,
    };
  const plan = planDealAgreementConflicts({
    opportunityId: deal.id,
    ownerId: context.ownerId as WorkspaceMemberId | null,
    companyId: company?.id ?? null,
    countryCode: company?.countryCode ?? null,
    globalAccountId: context.globalAccountId as GlobalAccountId,
    globalAccountManagerId:
      context.globalAccountManagerId as WorkspaceMemberId | null,
    compliance: verdict.data,
    storedDedupeKeys: ownKeys,
  });
  // The conflict radar's parallel import rides on the same load (CONFLICTS.md "Parallel import").
  const parallelImport = planParallelImportConflicts({
    opportunityId: deal.id,
    company,
    bookingCountry: context.bookingCountry,
    shipToCountry: context.shipToCountry,
    ownerId: context.ownerId as WorkspaceMemberId | null,
    globalAccountManagerId:
      context.globalAccountManagerId as WorkspaceMemberId | null,
    agreements: context.agreements,
    day: verdict.data.day,
    today,
    storedDedupeKeys: ownKeys,
  });
  return {
    kind: 'judged',
    status: verdict.data.status,
    raised: [...plan.raised, ...parallelImport.raised],
    resolvedKeys: [
      ...plan.resolvedKeys,
      ...parallelImport.resolvedKeys,
      refusalKey,
    ],
  };
};

const refusalConflict = (refusal: Refusal): EvidenceConflict[] =>
  refusal.globalAccountId === null
    ? []
    : [
        buildDealCheckRefusal({
          opportunityId: refusal.opportunityId as OpportunityId,
          globalAccountId: refusal.globalAccountId as GlobalAccountId,
          companyId: refusal.companyId as CompanyId | null,
          assigneeId: refusal.assigneeId as WorkspaceMemberId | null,
          reason: refusal.reason,
        }),
      ];

/**
 * Brings the agreementStatus of deals and their agreement conflicts in line with the deals,
 * their companies and the family's agreements: load (root queries), decide (pure engine),
 * write only the difference. A refused deal keeps its status and conflicts and gets an
 * INVALID_INPUT conflict, resolved once fixed. Neither write triggers the check again.
 */
export const checkDealCompliance = async ({
  client,
  opportunityIds,
  priceTolerancePercent,
  now,
}: {
  client: GraphqlClient;
  opportunityIds: readonly string[];
  priceTolerancePercent: number;
  now: Date;
}): Promise<Result<ComplianceRunOutcome, GatewayError>> => {
  const loaded = await loadComplianceContexts({ client, opportunityIds });
  if (!loaded.success) return loaded;
  const today = toIsoDate(now);
  const statuses: { opportunityId: string; status: string }[] = [];
  const raised: EvidenceConflict[] = [];
  const resolvedKeys: string[] = [];
  const stored: StoredEvidenceConflict[] = [];
  const refusals: Refusal[] = [];
  for (const refusal of loaded.data.refused) {
    stored.push(...refusal.storedConflicts);
    refusals.push(refusal);
  }
  for (const context of loaded.data.loaded) {
    stored.push(...context.storedConflicts);
    const decision = decide(context, priceTolerancePercent, today);
    if (decision.kind === 'refused') {
      refusals.push(decision.refusal);
      continue;
    }
    if (decision.status !== context.storedStatus)
      statuses.push({
        opportunityId: context.deal.id,
        status: decision.status,
      });
    raised.push(...decision.raised);
    resolvedKeys.push(...decision.resolvedKeys);
  }
  refusals.forEach((refusal) => raised.push(...refusalConflict(refusal)));
  const conflicts = planEvidenceConflictChanges({
    raised,
    resolvedKeys,
    stored,
  });
  const saved = await saveComplianceChanges({
    client,
    changes: { statuses, conflicts },
    now,
  });
  if (!saved.success) return saved;
  return ok({
    outcome: saved.data.requests > 0 ? 'written' : 'unchanged',
    opportunities: loaded.data.loaded.length,
    statusesWritten: statuses.length,
    conflictsWritten: conflicts.length,
    refused: refusals.map(({ opportunityId, reason }) => ({
      opportunityId,
      reason,
    })),
  });
};
