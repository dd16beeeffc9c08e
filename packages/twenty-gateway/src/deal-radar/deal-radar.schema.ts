import { z } from 'zod';

import { personNameSchema as personName } from '../schemas/person-name.schema';

const text = z.string().nullable().optional();

/** A company's raw match fields and the privacy facts (toConflictPartyFacts) it may show. */
export const PROSPECT_COMPANY_SELECTION = `id name domainName { primaryLinkUrl } countryCode registrationNumber
  globalAccountId accountOwnerId updatedAt
  accountOwner { name { firstName lastName } }
  globalAccount { id name globalAccountManagerId deletedAt globalAccountManager { name { firstName lastName } } }`;

export const prospectCompanyNodeSchema = z.object({
  id: z.string(),
  name: text,
  domainName: z.object({ primaryLinkUrl: text }).nullable().optional(),
  countryCode: text,
  registrationNumber: text,
  globalAccountId: text,
  accountOwnerId: text,
  updatedAt: text,
  accountOwner: z.object({ name: personName }).nullable().optional(),
  globalAccount: z
    .object({
      id: z.string(),
      name: text,
      globalAccountManagerId: text,
      deletedAt: text,
      globalAccountManager: z
        .object({ name: personName })
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
});
export type ProspectCompanyNode = z.infer<typeof prospectCompanyNodeSchema>;

export const prospectOpportunityNodeSchema = z.object({
  id: z.string(),
  ownerId: text,
  companyId: text,
  createdBy: z
    .object({ source: text, workspaceMemberId: text })
    .nullable()
    .optional(),
  company: prospectCompanyNodeSchema.nullable().optional(),
});
export type ProspectOpportunityNode = z.infer<
  typeof prospectOpportunityNodeSchema
>;

export const prospectConflictNodeSchema = z.object({
  id: z.string(),
  dedupeKey: z.string().nullable(),
  status: z.string().nullable(),
  summary: text,
  evidenceHash: text,
  opportunityId: text,
});
export type ProspectConflictNode = z.infer<typeof prospectConflictNodeSchema>;

export const corporateDomainsNodeSchema = z.object({
  id: z.string(),
  corporateDomains: z.array(z.string()).nullable().optional(),
});

export const openDealNodeSchema = z.object({
  companyId: text,
  stage: text,
  updatedAt: text,
});
export type OpenDealNode = z.infer<typeof openDealNodeSchema>;

export const teamMemberNodeSchema = z.object({
  globalAccountId: text,
  workspaceMemberId: text,
  role: text,
  countryCode: text,
  startDate: text,
  endDate: text,
  workspaceMember: z.object({ name: personName }).nullable().optional(),
});
export type TeamMemberNode = z.infer<typeof teamMemberNodeSchema>;

export { toPersonName } from '../schemas/person-name.schema';
