import { z } from 'zod';

// The JSON an admin stores in globalAccount.creditPolicy; percentages have two decimals.
const policyEntryJsonSchema = z
  .object({
    role: z.string().optional(),
    workspaceMemberId: z.uuid().optional(),
    percent: z.number(),
  })
  .strict()
  .refine(
    (entry) =>
      (entry.role === undefined) !== (entry.workspaceMemberId === undefined),
    {
      message: 'name exactly one of "role" or "workspaceMemberId"',
    },
  );

export const creditPolicyJsonSchema = z
  .object({
    revenue: z.array(policyEntryJsonSchema),
    overlay: z.array(policyEntryJsonSchema).default([]),
  })
  .strict();

export type CreditPolicyJson = z.infer<typeof creditPolicyJsonSchema>;
