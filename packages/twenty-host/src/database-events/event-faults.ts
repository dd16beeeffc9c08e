// Faults a test can ask the host to inject into event delivery: the ways Twenty's queue
// delivers (at least once, unordered, late, or not at all) and the ways runs fail.

/** Filter for faults: which deliveries they apply to (all when empty). */
export type FaultTarget = { functionName?: string; eventName?: string };

export type CountedFault = FaultTarget & { remaining: number };

/** What a fault is matched against: one delivery of an event to a function. */
export type FaultDelivery = { functionName: string; eventName: string };

export class EventFaults {
  duplicates: CountedFault[] = [];
  drops: CountedFault[] = [];
  /** Delays in host milliseconds (the host clock's time scale applies). */
  delays: (CountedFault & { delayMs: number })[] = [];
  failures: (FaultTarget & { atRequest: number; remaining: number })[] = [];
  isReordering = false;

  /** The next `count` matching deliveries are delivered twice. */
  duplicateNext({
    count = 1,
    target = {},
  }: { count?: number; target?: FaultTarget } = {}): void {
    this.duplicates.push({ ...target, remaining: count });
  }

  /** The next `count` matching deliveries are lost (as over Twenty's enqueue budget). */
  dropNext({
    count = 1,
    target = {},
  }: { count?: number; target?: FaultTarget } = {}): void {
    this.drops.push({ ...target, remaining: count });
  }

  /** The next `count` matching deliveries wait `delayMs` of host time before running. */
  delayNext({
    delayMs,
    count = 1,
    target = {},
  }: {
    delayMs: number;
    count?: number;
    target?: FaultTarget;
  }): void {
    this.delays.push({ ...target, remaining: count, delayMs });
  }

  /** Deliveries queued in the same tick run in reverse order while enabled. */
  reorder({ enabled = true }: { enabled?: boolean } = {}): void {
    this.isReordering = enabled;
  }

  /** The next `runs` matching runs get an HTTP 500 on their n-th API request. */
  failRunAtRequest({
    atRequest,
    runs = 1,
    target = {},
  }: {
    atRequest: number;
    runs?: number;
    target?: FaultTarget;
  }): void {
    this.failures.push({ ...target, atRequest, remaining: runs });
  }

  clear(): void {
    this.duplicates = [];
    this.drops = [];
    this.delays = [];
    this.failures = [];
    this.isReordering = false;
  }
}

const matchesTarget = (target: FaultTarget, delivery: FaultDelivery): boolean =>
  (target.functionName === undefined ||
    target.functionName === delivery.functionName) &&
  (target.eventName === undefined || target.eventName === delivery.eventName);

/** Takes one use of the first matching fault that has uses left. */
export const takeCountedFault = <TFault extends CountedFault>(
  faults: TFault[],
  delivery: FaultDelivery,
): TFault | undefined => {
  const fault = faults.find(
    (candidate) =>
      candidate.remaining > 0 && matchesTarget(candidate, delivery),
  );
  if (fault !== undefined) fault.remaining -= 1;
  return fault;
};
