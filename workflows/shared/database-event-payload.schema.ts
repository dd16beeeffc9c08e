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

export const toDatabaseEvents = (
  payload: z.infer<typeof databaseEventPayloadSchema>,
): DatabaseEvent[] =>
  'events' in payload && Array.isArray(payload.events)
    ? (payload.events as DatabaseEvent[])
    : [payload as DatabaseEvent];
