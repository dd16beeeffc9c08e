import { z } from 'zod';

/** The company fields the radar reads: what the keys are built from, the stored keys, and the
 * privacy facts (conflict-matching/to-conflict-party-facts.util.ts) it may show of the record. */
export const RADAR_COMPANY_SELECTION = `id name domainName { primaryLinkUrl } countryCode registrationNumber globalAccountId accountOwnerId
matchKey matchBrandKey matchDomain matchRegistrationKey matchPhoneticKey matchPrefixKey
accountOwner { name { firstName lastName } }
globalAccount { name globalAccountManagerId }`;

const text = z.string().nullable().optional();

export const radarCompanyNodeSchema = z.object({
  id: z.string(),
  name: text,
  domainName: z
    .object({ primaryLinkUrl: z.string().nullable().optional() })
    .nullable()
    .optional(),
  countryCode: text,
  registrationNumber: text,
  globalAccountId: text,
  accountOwnerId: text,
  matchKey: text,
  matchBrandKey: text,
  matchDomain: text,
  matchRegistrationKey: text,
  matchPhoneticKey: text,
  matchPrefixKey: text,
  accountOwner: z
    .object({
      name: z.object({ firstName: text, lastName: text }).nullable().optional(),
    })
    .nullable()
    .optional(),
  globalAccount: z
    .object({ name: text, globalAccountManagerId: text })
    .nullable()
    .optional(),
});
export type RadarCompanyNode = z.infer<typeof radarCompanyNodeSchema>;

export const RADAR_CONFLICT_SELECTION =
  'id dedupeKey status summary evidenceHash kind companyId globalAccountId';

export const radarConflictNodeSchema = z.object({
  id: z.string(),
  dedupeKey: z.string().nullable(),
  status: z.string().nullable(),
  summary: z.string().nullable().optional(),
  evidenceHash: z.string().nullable().optional(),
  kind: z.string().nullable().optional(),
  companyId: z.string().nullable().optional(),
  globalAccountId: z.string().nullable().optional(),
});
export type RadarConflictNode = z.infer<typeof radarConflictNodeSchema>;

export const corporateAccountNodeSchema = z.object({
  id: z.string(),
  name: z.string().nullable().optional(),
  corporateDomains: z.array(z.string()).nullable().optional(),
  globalAccountManagerId: z.string().nullable().optional(),
});
export type CorporateAccountNode = z.infer<typeof corporateAccountNodeSchema>;

export const radarOpportunityNodeSchema = z.object({
  companyId: z.string().nullable(),
  stage: z.string().nullable().optional(),
  updatedAt: z.string().nullable().optional(),
});
export type RadarOpportunityNode = z.infer<typeof radarOpportunityNodeSchema>;

export const radarTeamMemberNodeSchema = z.object({
  globalAccountId: z.string().nullable().optional(),
  workspaceMemberId: z.string().nullable(),
  role: z.string().nullable().optional(),
  countryCode: z.string().nullable().optional(),
  startDate: z.string().nullable().optional(),
  endDate: z.string().nullable().optional(),
});
export type RadarTeamMemberNode = z.infer<typeof radarTeamMemberNodeSchema>;

/** The conflict kinds the company radar owns (it never touches the others). */
export const COMPANY_RADAR_KINDS = [
  'DUPLICATE_COMPANY',
  'UNLINKED_AFFILIATE',
] as const;
