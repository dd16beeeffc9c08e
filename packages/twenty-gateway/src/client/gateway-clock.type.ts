/** Time and chance as the client sees them: injected in unit tests, real in a run. */
export type GatewayClock = {
  now: () => number;
  sleep: (milliseconds: number) => Promise<void>;
  /** A number in [0, 1), for jitter. */
  random: () => number;
};

export const SYSTEM_GATEWAY_CLOCK: GatewayClock = {
  now: () => Date.now(),
  sleep: (milliseconds) =>
    new Promise((resolve) => setTimeout(resolve, milliseconds)),
  random: () => Math.random(),
};
