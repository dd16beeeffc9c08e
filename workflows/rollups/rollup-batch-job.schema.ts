import { z } from 'zod';

// The accounts a paced roll-up run has yet to do, carried by its queued follow-up.
export const rollupBatchJobSchema = z.object({
  globalAccountIds: z.array(z.string().min(1)).min(1),
});
export type RollupBatchJob = z.infer<typeof rollupBatchJobSchema>;
