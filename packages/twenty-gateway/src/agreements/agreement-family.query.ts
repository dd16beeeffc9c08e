import { type RootPageRequest } from '../paging/root-page-request.type';
import {
  creditPeriodNodeSchema,
  teamMemberNodeSchema,
} from '../credit/schemas/credit-context.schema';
import {
  agreementConflictNodeSchema,
  agreementNodeSchema,
  familyAccountNodeSchema,
  familyCompanyNodeSchema,
  rebateSettlementNodeSchema,
  rebateTierNodeSchema,
} from './schemas/agreement-family.schema';

const MONEY = '{ amountMicros currencyCode }';
const AGREEMENT_FIELDS = `id name globalAccountId kind status startDate endDate currency coveredCountries
  agreedDiscountPercent retroactive priority volumeToDate ${MONEY} rebateToDate ${MONEY}
  nextTierThreshold ${MONEY} gapToNextTier ${MONEY} offAgreementVolume ${MONEY} offAgreementVolumeByCountry currentRebatePercent`;

// The agreement-level conflicts the progress recompute raises and resolves.
export const AGREEMENT_LEVEL_CONFLICT_KINDS = [
  'AGREEMENT_EXPIRING',
  'TIER_LEAKAGE',
  'TIER_GAP',
  'INVALID_INPUT',
] as const;

/** Request 1: what the families' account ids reach (agreements, companies, team) and the periods. */
export const familyPageRequests = ({
  globalAccountIds,
}: {
  globalAccountIds: readonly string[];
}) =>
  ({
    accounts: {
      field: 'globalAccounts',
      typeName: 'GlobalAccount',
      filter: { id: { in: globalAccountIds } },
      selection: 'id globalAccountManagerId',
      node: familyAccountNodeSchema,
    },
    agreements: {
      field: 'frameworkAgreements',
      typeName: 'FrameworkAgreement',
      filter: { globalAccountId: { in: globalAccountIds } },
      selection: AGREEMENT_FIELDS,
      node: agreementNodeSchema,
    },
    companies: {
      field: 'companies',
      typeName: 'Company',
      filter: { globalAccountId: { in: globalAccountIds } },
      selection: 'id globalAccountId countryCode globalAccountSince',
      node: familyCompanyNodeSchema,
    },
    team: {
      field: 'accountTeamMembers',
      typeName: 'AccountTeamMember',
      filter: { globalAccountId: { in: globalAccountIds } },
      selection:
        'id globalAccountId workspaceMemberId role countryCode startDate endDate',
      node: teamMemberNodeSchema,
    },
    periods: {
      field: 'creditPeriods',
      typeName: 'CreditPeriod',
      filter: {},
      selection: 'id name startDate endDate state',
      node: creditPeriodNodeSchema,
    },
  }) satisfies Record<string, RootPageRequest>;

/** Request 2 (with the volume group-by): what hangs off the agreements. */
export const agreementDetailPageRequests = ({
  agreementIds,
}: {
  agreementIds: readonly string[];
}) =>
  ({
    tiers: {
      field: 'rebateTiers',
      typeName: 'RebateTier',
      filter: { frameworkAgreementId: { in: agreementIds } },
      selection: `id frameworkAgreementId fromVolume ${MONEY} rebatePercent`,
      node: rebateTierNodeSchema,
    },
    settlements: {
      field: 'rebateSettlements',
      typeName: 'RebateSettlement',
      filter: { frameworkAgreementId: { in: agreementIds } },
      selection: `id frameworkAgreementId period cumulativeVolume ${MONEY} rebateAmount ${MONEY} settlementAmount ${MONEY} status`,
      node: rebateSettlementNodeSchema,
    },
    conflicts: {
      field: 'conflicts',
      typeName: 'Conflict',
      filter: {
        and: [
          { frameworkAgreementId: { in: agreementIds } },
          { kind: { in: AGREEMENT_LEVEL_CONFLICT_KINDS } },
        ],
      },
      selection:
        'id frameworkAgreementId dedupeKey status summary evidenceHash',
      node: agreementConflictNodeSchema,
    },
  }) satisfies Record<string, RootPageRequest>;

// Twenty answers at most `limit` groups and has no cursor for groups (offsetForRecords pages
// the records inside a group): the query asks for more groups than a family can have and the
// gateway refuses an answer that fills the limit rather than undercount
// (graphql-query-runner/group-by/utils/get-group-limit.util.ts: any positive integer).
export const MAX_VOLUME_GROUPS = 50_000;

/**
 * The won volume of the families' companies inside the agreements' dates, by company, agreement
 * link, currency and close day (UTC): never one row per deal, whatever the deal count.
 */
export const VOLUME_GROUP_BY_FIELD = `volume: opportunitiesGroupBy(
    groupBy: [{ companyId: true }, { frameworkAgreementId: true }, { amount: { currencyCode: true } }, { closeDate: { granularity: DAY, timeZone: "UTC" } }],
    filter: $volumeFilter,
    limit: ${MAX_VOLUME_GROUPS}
  ) { groupByDimensionValues sumAmountAmountMicros }`;

export const volumeFilter = ({
  companyIds,
  wonStages,
  from,
  toInclusive,
}: {
  companyIds: readonly string[];
  wonStages: readonly string[];
  from: string;
  toInclusive: string;
}) => ({
  and: [
    { companyId: { in: companyIds } },
    { stage: { in: wonStages } },
    { closeDate: { gte: `${from}T00:00:00.000Z` } },
    { closeDate: { lte: `${toInclusive}T23:59:59.999Z` } },
  ],
});
