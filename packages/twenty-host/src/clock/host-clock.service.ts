// The host's time. With timeScale N, host time runs N times faster than real time: the
// rate-limit bucket refills, retry backoffs, fault delays, queued-job delays and run timeouts
// all follow it, so a test can drive minutes of Twenty's time in seconds without a
// verdict that depends on machine speed. Logic-function processes get the same clock.
export type HostClockSettings = {
  /** Host milliseconds per real millisecond (default 1). */
  timeScale: number;
  /** Real epoch ms at which host time started (default: now). */
  realEpoch?: number;
  /** Host epoch ms at that moment (default: the real epoch). */
  hostEpoch?: number;
};

/** What a logic-function process needs to run on the host's clock. */
export type HostClockSnapshot = {
  timeScale: number;
  realEpoch: number;
  hostEpoch: number;
};

export class HostClockService {
  readonly timeScale: number;
  private readonly realEpoch: number;
  private readonly hostEpoch: number;

  constructor(
    settings: HostClockSettings = { timeScale: 1 },
    private readonly realNow: () => number = Date.now,
  ) {
    if (!(settings.timeScale > 0) || !Number.isFinite(settings.timeScale)) {
      throw new Error(
        `timeScale must be a positive number, got ${String(settings.timeScale)}`,
      );
    }
    this.timeScale = settings.timeScale;
    this.realEpoch = settings.realEpoch ?? realNow();
    this.hostEpoch = settings.hostEpoch ?? this.realEpoch;
  }

  /** Host time, epoch ms. */
  now(): number {
    return this.hostEpoch + (this.realNow() - this.realEpoch) * this.timeScale;
  }

  /** Real milliseconds that `hostMs` of host time take. */
  toRealMs(hostMs: number): number {
    return hostMs / this.timeScale;
  }

  /** setTimeout in host time. */
  setTimeout(callback: () => void, hostMs: number): NodeJS.Timeout {
    return setTimeout(callback, this.toRealMs(Math.max(0, hostMs)));
  }

  snapshot(): HostClockSnapshot {
    return {
      timeScale: this.timeScale,
      realEpoch: this.realEpoch,
      hostEpoch: this.hostEpoch,
    };
  }
}
