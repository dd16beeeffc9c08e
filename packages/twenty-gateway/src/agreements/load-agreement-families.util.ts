import { z } from 'zod';

import {
  fail,
  ok,
  type AgreementRecord,
  type CreditPeriod,
  type FamilyCompany,
  type RebateTierRecord,
  type Result,
  type StoredEvidenceConflict,
  type StoredSettlement,
  type TeamMember,
  type VolumeBucket,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { groupBy } from '../credit/group-by.util';
import { toTeamMember } from '../credit/to-domain-values.util';
import { toCreditPeriods } from '../credit/to-credit-periods.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import {
  agreementDetailPageRequests,
  familyPageRequests,
  MAX_VOLUME_GROUPS,
  volumeFilter,
} from './agreement-family.query';
import { buildAgreementDetailsDocument } from './build-agreement-details-document.util';
import {
  volumeGroupSchema,
  type AgreementNode,
} from './schemas/agreement-family.schema';
import {
  toAgreementRecord,
  toFamilyCompany,
  toRebateTierRecord,
  toStoredSettlement,
  toVolumeBucket,
} from './to-agreement-inputs.util';

/** An agreement with what hangs off it, as stored. */
export type LoadedAgreement = {
  record: AgreementRecord;
  tiers: RebateTierRecord[];
  settlements: StoredSettlement[];
  /** Its agreement-level conflicts (alerts and INVALID_INPUT). */
  conflicts: StoredEvidenceConflict[];
  /** The progress fields as stored, to write only what changed. */
  storedProgress: Pick<
    AgreementNode,
    | 'volumeToDate'
    | 'rebateToDate'
    | 'nextTierThreshold'
    | 'gapToNextTier'
    | 'offAgreementVolume'
    | 'offAgreementVolumeByCountry'
    | 'currentRebatePercent'
  >;
};

/** A customer family: its agreements and everything their progress needs. */
export type AgreementFamily = {
  globalAccountId: string;
  globalAccountManagerId: string | null;
  /** Readable team rows (an unreadable row names nobody: alerts still reach the others). */
  team: TeamMember[];
  companies: FamilyCompany[];
  agreements: LoadedAgreement[];
  /** Won volume of the family's companies inside its agreements' dates. */
  volumeBuckets: VolumeBucket[];
};

export type LoadedAgreementFamilies = {
  families: AgreementFamily[];
  /** Null when a period is unreadable: the reason, shown on each agreement. */
  periods: Result<CreditPeriod[], string>;
};

const byDay = (a: string, b: string) => (a < b ? a : b);

/**
 * Loads the families of `globalAccountIds` with their agreements in two requests whatever the
 * deal count: (1) accounts, agreements, companies, team and periods as root queries; (2) tiers,
 * settlements and conflicts of those agreements with the family's won volume from
 * `opportunitiesGroupBy` (by company, agreement link, currency and close day). Lists longer than
 * a page add a request per 200 rows.
 */
export const loadAgreementFamilies = async ({
  client,
  globalAccountIds,
  wonStages,
}: {
  client: GraphqlClient;
  globalAccountIds: readonly string[];
  wonStages: readonly string[];
}): Promise<Result<LoadedAgreementFamilies, GatewayError>> => {
  const ids = [...new Set(globalAccountIds)];
  const first = await fetchRootPages({
    client,
    requests: familyPageRequests({ globalAccountIds: ids }),
  });
  if (!first.success) return first;
  const { accounts, agreements, companies, team, periods } = first.data;
  const parsedPeriods = toCreditPeriods(periods);
  const agreementRecords = agreements.map(toAgreementRecord);
  if (agreements.length === 0)
    return ok({ families: [], periods: parsedPeriods });
  const days = agreementRecords.flatMap((record) =>
    [record.startDate, record.endDateInclusive].filter(
      (day): day is NonNullable<typeof day> => day !== null,
    ),
  );
  const from = days.reduce(byDay, '9999-12-31');
  const toInclusive = days.reduce((a, b) => (a > b ? a : b), '0000-01-01');
  const companyIds = companies.map((company) => company.id);
  const requests = agreementDetailPageRequests({
    agreementIds: agreements.map((agreement) => agreement.id),
  });
  const { document, variables } = buildAgreementDetailsDocument({
    requests,
    volumeFilter: volumeFilter({
      companyIds,
      wonStages,
      from: days.length === 0 ? '0000-01-01' : from,
      toInclusive: days.length === 0 ? '0000-01-01' : toInclusive,
    }),
  });
  const pageSchema = <TNode extends z.ZodType>(node: TNode) =>
    z.object({
      edges: z.array(z.object({ node })),
      pageInfo: z.object({ hasNextPage: z.boolean() }),
    });
  const second = await client.request(
    document,
    variables,
    z.object({
      r0: pageSchema(requests.tiers.node),
      r1: pageSchema(requests.settlements.node),
      r2: pageSchema(requests.conflicts.node),
      volume: z.array(volumeGroupSchema),
    }),
  );
  if (!second.success) return second;
  if (second.data.volume.length >= MAX_VOLUME_GROUPS)
    return fail({
      code: 'INVALID_RESPONSE',
      message: `the won volume of ${ids.length} families has ${MAX_VOLUME_GROUPS} or more (company, agreement, currency, day) groups: recompute fewer families at once`,
    });
  // A list longer than one page (rare: > 200 tiers, settlements or conflicts) is read again in full.
  const listed = [second.data.r0, second.data.r1, second.data.r2];
  const rest = listed.some((page) => page.pageInfo.hasNextPage)
    ? await fetchRootPages({ client, requests })
    : ok({
        tiers: second.data.r0.edges.map((edge) => edge.node),
        settlements: second.data.r1.edges.map((edge) => edge.node),
        conflicts: second.data.r2.edges.map((edge) => edge.node),
      });
  if (!rest.success) return rest;
  const tiersOf = groupBy(
    rest.data.tiers,
    (tier) => tier.frameworkAgreementId ?? '',
  );
  const settlementsOf = groupBy(
    rest.data.settlements,
    (settlement) => settlement.frameworkAgreementId ?? '',
  );
  const conflictsOf = groupBy(
    rest.data.conflicts,
    (conflict) => conflict.frameworkAgreementId ?? '',
  );
  const companyAccount = new Map(
    companies.map((company) => [company.id, company.globalAccountId ?? '']),
  );
  const bucketsOf = groupBy(
    second.data.volume.flatMap(toVolumeBucket),
    (bucket) => companyAccount.get(bucket.companyId) ?? '',
  );
  const companiesOf = groupBy(
    companies,
    (company) => company.globalAccountId ?? '',
  );
  const teamOf = groupBy(team, (member) => member.globalAccountId ?? '');
  const agreementsOf = groupBy(
    agreements,
    (agreement) => agreement.globalAccountId ?? '',
  );
  const families = accounts.map((account): AgreementFamily => ({
    globalAccountId: account.id,
    globalAccountManagerId: account.globalAccountManagerId,
    team: (teamOf.get(account.id) ?? []).flatMap((node) => {
      const member = toTeamMember(node);
      return member.success && member.data !== undefined ? [member.data] : [];
    }),
    companies: (companiesOf.get(account.id) ?? []).map(toFamilyCompany),
    volumeBuckets: bucketsOf.get(account.id) ?? [],
    agreements: (agreementsOf.get(account.id) ?? []).map((node) => ({
      record: toAgreementRecord(node),
      tiers: (tiersOf.get(node.id) ?? []).map(toRebateTierRecord),
      settlements: (settlementsOf.get(node.id) ?? []).map(toStoredSettlement),
      conflicts: conflictsOf.get(node.id) ?? [],
      storedProgress: {
        volumeToDate: node.volumeToDate,
        rebateToDate: node.rebateToDate,
        nextTierThreshold: node.nextTierThreshold,
        gapToNextTier: node.gapToNextTier,
        offAgreementVolume: node.offAgreementVolume,
        offAgreementVolumeByCountry: node.offAgreementVolumeByCountry,
        currentRebatePercent: node.currentRebatePercent,
      },
    })),
  }));
  return ok({
    families: families.filter((family) => family.agreements.length > 0),
    periods: parsedPeriods,
  });
};
