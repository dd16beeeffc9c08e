import { RetryableLogicFunctionError } from 'twenty-sdk/logic-function';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
} from '../shared/database-event-payload.schema';
import { type EventStep } from './event-step.type';
import { payloadForStep } from './payload-for-step.util';

export type DispatchOutcome =
  | { outcome: 'dispatched'; steps: Record<string, unknown> }
  | typeof INVALID_PAYLOAD;

/** Twenty's longest logic-function run (the Lambda driver's 15 minutes). */
const MAX_TIMEOUT_SECONDS = 900;

export const dispatcherTimeoutSeconds = (steps: readonly EventStep[]) =>
  Math.min(
    MAX_TIMEOUT_SECONDS,
    steps.reduce(
      (sum, step) =>
        sum + (step.timeoutSeconds ?? CREDIT_HANDLER_TIMEOUT_SECONDS),
      0,
    ),
  );

/** The fields a dispatcher's trigger watches: every field one of its steps watches. */
export const dispatcherUpdatedFields = (steps: readonly EventStep[]) => [
  ...new Set(steps.flatMap((step) => step.updatedFields ?? [])),
];

/** A retryable failure wins: Twenty then runs the whole event again, and every step is idempotent. */
const firstFailure = (current: Error | undefined, next: Error): Error =>
  current === undefined ||
  (next instanceof RetryableLogicFunctionError &&
    !(current instanceof RetryableLogicFunctionError))
    ? next
    : current;

/**
 * Runs every step that the event concerns, in order. A step that fails does not stop the
 * others; the run then fails with the first failure (a retryable one first), so that Twenty
 * retries it.
 */
export const runEventSteps = async (
  payload: unknown,
  steps: readonly EventStep[],
): Promise<DispatchOutcome> => {
  if (parseDatabaseEvents(payload) === undefined) return INVALID_PAYLOAD;
  const outcomes: Record<string, unknown> = {};
  let failure: Error | undefined;
  for (const step of steps) {
    const stepPayload = payloadForStep(payload, step);
    if (stepPayload === undefined) {
      outcomes[step.name] = { outcome: 'ignored', message: 'no event for it' };
      continue;
    }
    try {
      outcomes[step.name] = await step.run(stepPayload);
    } catch (thrown) {
      const error =
        thrown instanceof Error ? thrown : new Error(String(thrown));
      failure = firstFailure(failure, error);
      outcomes[step.name] = { outcome: 'failed', message: error.message };
    }
  }
  if (failure !== undefined) throw failure;
  return { outcome: 'dispatched', steps: outcomes };
};
