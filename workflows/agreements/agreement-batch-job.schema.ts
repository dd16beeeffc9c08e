import { z } from 'zod';

// The families a paced recomputation has yet to do, carried by its queued follow-up.
export const agreementBatchJobSchema = z.object({
  globalAccountIds: z.array(z.string().min(1)).min(1),
});
export type AgreementBatchJob = z.infer<typeof agreementBatchJobSchema>;
