import { z } from 'zod';

/** Twenty's CURRENCY composite; an empty amount comes back as nulls or an empty code. */
export const currencySchema = z
  .object({
    amountMicros: z.number().nullable(),
    currencyCode: z.string().nullable(),
  })
  .nullable();

export const connectionOf = <TNode extends z.ZodType>(node: TNode) =>
  z.object({
    edges: z.array(z.object({ node })),
    pageInfo: z
      .object({
        hasNextPage: z.boolean(),
        endCursor: z.string().nullable().optional(),
      })
      .optional(),
  });
