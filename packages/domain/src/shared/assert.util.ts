// Defects only (broken invariants); expected failures are returned as a Result.
export function assert(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(`Invariant broken: ${message}`);
  }
}

export const assertUnreachable = (value: never): never => {
  throw new Error(`Unreachable value: ${JSON.stringify(value)}`);
};
