import { z } from 'zod';

import { currencySchema } from './twenty-values.schema';

export const creditLineNodeSchema = z.object({
  id: z.string(),
  opportunityId: z.string().nullable(),
  globalAccountId: z.string().nullable(),
  recipientId: z.string().nullable(),
  countryCode: z.string().nullable(),
  creditType: z.string().nullable(),
  percent: z.number().nullable(),
  amount: currencySchema,
  reportingAmount: currencySchema,
  period: z.string().nullable(),
  entryType: z.string().nullable(),
  status: z.string().nullable(),
  source: z.string().nullable(),
  reason: z.string().nullable(),
  entryKey: z.string().nullable(),
});
export type CreditLineNode = z.infer<typeof creditLineNodeSchema>;

export const conflictNodeSchema = z.object({
  id: z.string(),
  dedupeKey: z.string().nullable(),
  status: z.string().nullable(),
  summary: z.string().nullable().optional(),
  globalAccountId: z.string().nullable().optional(),
});
export type ConflictNode = z.infer<typeof conflictNodeSchema>;

export const teamMemberNodeSchema = z.object({
  id: z.string(),
  globalAccountId: z.string().nullable().optional(),
  workspaceMemberId: z.string().nullable(),
  role: z.string().nullable(),
  countryCode: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});
export type TeamMemberNode = z.infer<typeof teamMemberNodeSchema>;

export const globalAccountNodeSchema = z.object({
  id: z.string(),
  globalAccountManagerId: z.string().nullable(),
  reportingCurrency: z.string().nullable(),
  creditPolicy: z.unknown(),
  lastValidCreditPolicy: z.unknown(),
  deletedAt: z.string().nullable(),
});
export type GlobalAccountNode = z.infer<typeof globalAccountNodeSchema>;

export const opportunityNodeSchema = z.object({
  id: z.string(),
  amount: currencySchema,
  stage: z.string().nullable(),
  closeDate: z.string().nullable(),
  ownerId: z.string().nullable(),
  companyId: z.string().nullable(),
  bookingCountry: z.string().nullable(),
  shipToCountry: z.string().nullable(),
  deletedAt: z.string().nullable(),
  company: z
    .object({
      id: z.string(),
      countryCode: z.string().nullable(),
      globalAccountId: z.string().nullable(),
      globalAccount: globalAccountNodeSchema.nullable(),
    })
    .nullable(),
});
export type OpportunityNode = z.infer<typeof opportunityNodeSchema>;

export const creditPeriodNodeSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  state: z.string().nullable(),
});
export type CreditPeriodNode = z.infer<typeof creditPeriodNodeSchema>;
