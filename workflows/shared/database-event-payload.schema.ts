import { z } from 'zod';

const eventSchema = z.object({
  recordId: z.uuid(),
  properties: z
    .object({
      before: z.record(z.string(), z.unknown()).nullish(),
      after: z.record(z.string(), z.unknown()).nullish(),
      updatedFields: z.array(z.string()).nullish(),
    })
    .loose()
    .optional(),
});
export type DatabaseEvent = z.infer<typeof eventSchema>;

// Twenty delivers one event, or 1..200 events in batch mode.
export const databaseEventPayloadSchema = z.union([
  z.object({ name: z.string(), events: z.array(eventSchema) }).loose(),
  z.object({ name: z.string() }).loose().and(eventSchema),
]);

export const INVALID_PAYLOAD = {
  outcome: 'invalid-payload',
  message: 'the event payload is not a Twenty database event',
} as const;

/** The events of a payload (one, or a batch), or undefined when it is not a database event. */
export const parseDatabaseEvents = (
  payload: unknown,
): DatabaseEvent[] | undefined => {
  const parsed = databaseEventPayloadSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  return 'events' in parsed.data && Array.isArray(parsed.data.events)
    ? (parsed.data.events as DatabaseEvent[])
    : [parsed.data as DatabaseEvent];
};
