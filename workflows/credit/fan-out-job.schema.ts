import { z } from 'zod';

// A recomputation too large for one run continues as a queued job carrying its cursor.
export const fanOutJobSchema = z.object({
  scope: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('globalAccount'),
      globalAccountId: z.string().min(1),
      companyIds: z.array(z.string()).optional(),
    }),
    z.object({
      kind: z.literal('companies'),
      companyIds: z.array(z.string().min(1)).max(200),
    }),
    z.object({ kind: z.literal('all') }),
  ]),
  after: z.string().nullable(),
});

export type FanOutJob = z.infer<typeof fanOutJobSchema>;
