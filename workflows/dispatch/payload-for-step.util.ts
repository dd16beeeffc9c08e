import { z } from 'zod';

import { type EventStep } from './event-step.type';

const batchPayloadSchema = z
  .object({
    name: z.string(),
    events: z.array(
      z
        .object({
          properties: z
            .object({ updatedFields: z.array(z.string()).nullish() })
            .loose()
            .optional(),
        })
        .loose(),
    ),
  })
  .loose();

const singlePayloadSchema = batchPayloadSchema.shape.events.element.and(
  z.object({ name: z.string() }).loose(),
);

type PayloadEvent = z.infer<typeof batchPayloadSchema>['events'][number];

/**
 * Whether an event concerns a step: an updated event does when one of the step's fields changed,
 * as Twenty filters a trigger's `updatedFields` (selectEventsForTrigger in the host cites the
 * source); an event that does not say what changed is given to the step.
 */
const concernsStep = (
  eventName: string,
  event: PayloadEvent,
  step: EventStep,
): boolean => {
  const watched = step.updatedFields;
  if (watched === undefined || watched.length === 0) return true;
  if (!eventName.endsWith('.updated')) return true;
  const changed = event.properties?.updatedFields;
  if (changed === undefined || changed === null) return true;
  return changed.some((field) => watched.includes(field));
};

/**
 * The payload a step receives: the same shape, with only the events it concerns, or undefined
 * when none does.
 */
export const payloadForStep = (payload: unknown, step: EventStep): unknown => {
  const batch = batchPayloadSchema.safeParse(payload);
  if (batch.success) {
    const events = batch.data.events.filter((event) =>
      concernsStep(batch.data.name, event, step),
    );
    return events.length === 0 ? undefined : { ...batch.data, events };
  }
  const single = singlePayloadSchema.safeParse(payload);
  if (single.success)
    return concernsStep(single.data.name, single.data, step)
      ? payload
      : undefined;
  return payload;
};
