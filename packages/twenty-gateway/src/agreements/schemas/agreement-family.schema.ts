import { z } from 'zod';

import { currencySchema } from '../../credit/schemas/twenty-values.schema';

export const familyAccountNodeSchema = z.object({
  id: z.string(),
  globalAccountManagerId: z.string().nullable(),
});
export type FamilyAccountNode = z.infer<typeof familyAccountNodeSchema>;

export const agreementNodeSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  globalAccountId: z.string().nullable(),
  kind: z.string().nullable(),
  status: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  currency: z.string().nullable(),
  coveredCountries: z.array(z.string()).nullable(),
  agreedDiscountPercent: z.number().nullable(),
  retroactive: z.boolean().nullable(),
  priority: z.number().nullable(),
  volumeToDate: currencySchema,
  rebateToDate: currencySchema,
  nextTierThreshold: currencySchema,
  gapToNextTier: currencySchema,
  offAgreementVolume: currencySchema,
  offAgreementVolumeByCountry: z.string().nullable(),
  currentRebatePercent: z.number().nullable(),
});
export type AgreementNode = z.infer<typeof agreementNodeSchema>;

export const familyCompanyNodeSchema = z.object({
  id: z.string(),
  globalAccountId: z.string().nullable(),
  countryCode: z.string().nullable(),
  globalAccountSince: z.string().nullable(),
});
export type FamilyCompanyNode = z.infer<typeof familyCompanyNodeSchema>;

export const rebateTierNodeSchema = z.object({
  id: z.string(),
  frameworkAgreementId: z.string().nullable(),
  fromVolume: currencySchema,
  rebatePercent: z.number().nullable(),
});
export type RebateTierNode = z.infer<typeof rebateTierNodeSchema>;

export const rebateSettlementNodeSchema = z.object({
  id: z.string(),
  frameworkAgreementId: z.string().nullable(),
  period: z.string().nullable(),
  cumulativeVolume: currencySchema,
  rebateAmount: currencySchema,
  settlementAmount: currencySchema,
  status: z.string().nullable(),
});
export type RebateSettlementNode = z.infer<typeof rebateSettlementNodeSchema>;

export const agreementConflictNodeSchema = z.object({
  id: z.string(),
  frameworkAgreementId: z.string().nullable(),
  dedupeKey: z.string().nullable(),
  status: z.string().nullable(),
  summary: z.string().nullable(),
  evidenceHash: z.string().nullable(),
});
export type AgreementConflictNode = z.infer<typeof agreementConflictNodeSchema>;

// One row of opportunitiesGroupBy over companyId, frameworkAgreementId, amount.currencyCode and
// closeDate (DAY): the dimension values in that order, and the sum of amountMicros.
export const volumeGroupSchema = z.object({
  groupByDimensionValues: z.tuple([
    z.string().nullable(),
    z.string().nullable(),
    z.string().nullable(),
    z.string().nullable(),
  ]),
  sumAmountAmountMicros: z.number().nullable(),
});
export type VolumeGroup = z.infer<typeof volumeGroupSchema>;
