// The shape of workflows/dispatch/event-step.type.ts (the lead's dispatcher, not yet on this
// branch): ONE function per object event runs a list of steps. Replace this type by that one
// when the dispatcher lands.
export type RollupEventStep = {
  name: string;
  /** For *.updated: the step runs only for events touching these fields. */
  updatedFields?: readonly string[];
  /** Receives the database-event payload (batchMode) filtered to its events. */
  run: (payload: unknown) => Promise<unknown>;
};
