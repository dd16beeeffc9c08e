/**
 * One piece of the app's work on a database event. Twenty limits how many logic-function jobs
 * a workspace may enqueue (500 a minute), so each object event has ONE function (a dispatcher)
 * that runs its steps in turn, instead of one function per feature.
 */
export type EventStep = {
  /** Names the step in the dispatcher's outcome, e.g. 'credit'. */
  name: string;
  /**
   * For `*.updated`: the step runs only for the events where one of these fields changed (the
   * rule Twenty applies to a trigger's `updatedFields`). Omitted: every event.
   */
  updatedFields?: readonly string[];
  /** The step's own time limit; the dispatcher's timeout is the sum of its steps'. */
  timeoutSeconds?: number;
  /** Receives the database-event payload, reduced to the events the step concerns. */
  run: (payload: unknown) => Promise<unknown>;
};
