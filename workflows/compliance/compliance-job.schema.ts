import { z } from 'zod';

// A re-check of many deals (an agreement or company changed); too large for one run, it
// continues as a queued job carrying its scope and cursor.
export const complianceJobSchema = z.object({
  globalAccountIds: z.array(z.string().min(1)),
  frameworkAgreementIds: z.array(z.string().min(1)),
  /** The companies whose deals are re-checked; resolved from the accounts when absent. */
  companyIds: z.array(z.string().min(1)).optional(),
  after: z.string().nullable(),
});

export type ComplianceJob = z.infer<typeof complianceJobSchema>;
