import { z } from 'zod';

import { currencySchema } from '../../credit/schemas/twenty-values.schema';

const accountRefSchema = z
  .object({
    id: z.string(),
    globalAccountManagerId: z.string().nullable(),
    deletedAt: z.string().nullable().optional(),
  })
  .nullable();

export const complianceOpportunityNodeSchema = z.object({
  id: z.string(),
  ownerId: z.string().nullable(),
  companyId: z.string().nullable(),
  frameworkAgreementId: z.string().nullable(),
  agreementStatus: z.string().nullable(),
  closeDate: z.string().nullable(),
  bookingCountry: z.string().nullable().optional(),
  shipToCountry: z.string().nullable().optional(),
  amount: currencySchema,
  listAmount: currencySchema,
  company: z
    .object({
      id: z.string(),
      countryCode: z.string().nullable(),
      globalAccountId: z.string().nullable(),
      globalAccountSince: z.string().nullable(),
      globalAccount: accountRefSchema,
    })
    .nullable(),
});
export type ComplianceOpportunityNode = z.infer<
  typeof complianceOpportunityNodeSchema
>;

export const agreementNodeSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  kind: z.string().nullable(),
  status: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  currency: z.string().nullable(),
  coveredCountries: z.array(z.string()).nullable(),
  agreedDiscountPercent: z.number().nullable(),
  retroactive: z.boolean().nullable(),
  priority: z.number().nullable(),
  globalAccountId: z.string().nullable(),
  globalAccount: accountRefSchema,
});
export type AgreementNode = z.infer<typeof agreementNodeSchema>;

export const complianceConflictNodeSchema = z.object({
  id: z.string(),
  dedupeKey: z.string().nullable(),
  status: z.string().nullable(),
  kind: z.string().nullable(),
  summary: z.string().nullable(),
  evidenceHash: z.string().nullable(),
  opportunityId: z.string().nullable(),
});
export type ComplianceConflictNode = z.infer<
  typeof complianceConflictNodeSchema
>;
