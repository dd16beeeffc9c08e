import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  isIsoDate,
  isOneOf,
  REBATE_SETTLEMENT_STATUSES,
  type AgreementRecord,
  type CompanyId,
  type FamilyCompany,
  type FrameworkAgreementId,
  type GlobalAccountId,
  type RebateTierRecord,
  type StoredSettlement,
  type VolumeBucket,
} from '@global-accounts/domain';

import {
  type AgreementNode,
  type FamilyCompanyNode,
  type RebateSettlementNode,
  type RebateTierNode,
  type VolumeGroup,
} from './schemas/agreement-family.schema';

const isKind = isOneOf(AGREEMENT_KINDS);
const isStatus = isOneOf(AGREEMENT_STATUSES);
const isSettlementStatus = isOneOf(REBATE_SETTLEMENT_STATUSES);

// A DATE comes back as YYYY-MM-DD; anything else is treated as missing (the engine says so).
const toDay = (value: string | null) => {
  const day = value?.slice(0, 10) ?? null;
  return isIsoDate(day) ? day : null;
};

const toAmount = (
  value: { amountMicros: number | null; currencyCode: string | null } | null,
) =>
  value === null ||
  value.amountMicros === null ||
  value.currencyCode === null ||
  value.currencyCode === ''
    ? null
    : { amountMicros: value.amountMicros, currencyCode: value.currencyCode };

export const toAgreementRecord = (node: AgreementNode): AgreementRecord => ({
  id: node.id as FrameworkAgreementId,
  globalAccountId: node.globalAccountId as GlobalAccountId | null,
  name: node.name,
  kind: isKind(node.kind) ? node.kind : null,
  status: isStatus(node.status) ? node.status : null,
  startDate: toDay(node.startDate),
  endDateInclusive: toDay(node.endDate),
  currency: node.currency?.trim().toUpperCase() ?? null,
  coveredCountries: (node.coveredCountries ?? [])
    .map((country) => country.trim().toUpperCase())
    .filter((country) => country !== ''),
  agreedDiscountPercent: node.agreedDiscountPercent,
  retroactive: node.retroactive ?? false,
  priority: node.priority,
});

export const toRebateTierRecord = (node: RebateTierNode): RebateTierRecord => ({
  fromVolume: toAmount(node.fromVolume),
  rebatePercent: node.rebatePercent,
});

export const toStoredSettlement = (
  node: RebateSettlementNode,
): StoredSettlement => ({
  id: node.id,
  period: node.period ?? '',
  cumulativeVolume: toAmount(node.cumulativeVolume),
  rebateAmount: toAmount(node.rebateAmount),
  settlementAmount: toAmount(node.settlementAmount),
  status: isSettlementStatus(node.status) ? node.status : null,
});

export const toFamilyCompany = (node: FamilyCompanyNode): FamilyCompany => ({
  id: node.id as CompanyId,
  countryCode:
    node.countryCode === null || node.countryCode.trim() === ''
      ? null
      : node.countryCode.trim().toUpperCase(),
  globalAccountSince: toDay(node.globalAccountSince),
});

/** A group-by row as a volume bucket; rows without company, currency, day or sum carry no volume. */
export const toVolumeBucket = (group: VolumeGroup): VolumeBucket[] => {
  const [companyId, agreementId, currencyCode, day] =
    group.groupByDimensionValues;
  const closeDate = toDay(day);
  if (
    companyId === null ||
    currencyCode === null ||
    currencyCode === '' ||
    closeDate === null ||
    group.sumAmountAmountMicros === null
  )
    return [];
  return [
    {
      companyId: companyId as CompanyId,
      frameworkAgreementId: agreementId as FrameworkAgreementId | null,
      closeDate,
      amount: { amountMicros: group.sumAmountAmountMicros, currencyCode },
    },
  ];
};
