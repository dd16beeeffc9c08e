// Child process of the host's function runner (Twenty's LOCAL driver runs one fresh
// Node process per invocation too). Receives one message, runs the handler, replies.
import { pathToFileURL } from 'node:url';

const toPlain = (value) => {
  if (value === undefined) return null;
  return JSON.parse(
    JSON.stringify(value, (_key, inner) =>
      typeof inner === 'bigint' ? inner.toString() : inner,
    ),
  );
};

// The host's time scale (HostClockService): with timeScale N, Date.now() and new Date() run N
// times faster from the host's epoch and timers fire after 1/N of their delay, so the code
// under test sees the host's time (rate-limit refills, its own waits, "today") and not the
// real one.
const runOnHostClock = ({ timeScale, realEpoch, hostEpoch }) => {
  if (
    timeScale === undefined ||
    (timeScale === 1 && (hostEpoch ?? realEpoch) === realEpoch)
  )
    return;
  const realNow = Date.now.bind(Date);
  const realSetTimeout = globalThis.setTimeout;
  const realSetInterval = globalThis.setInterval;
  const hostNow = () => hostEpoch + (realNow() - realEpoch) * timeScale;
  const RealDate = Date;
  // new Date() with no argument is "now" on the host clock; every other form is unchanged.
  class HostDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(hostNow());
      else super(...args);
    }
  }
  HostDate.now = hostNow;
  globalThis.Date = HostDate;
  globalThis.setTimeout = (callback, delay, ...args) =>
    realSetTimeout(callback, (Number(delay) || 0) / timeScale, ...args);
  globalThis.setInterval = (callback, delay, ...args) =>
    realSetInterval(callback, (Number(delay) || 0) / timeScale, ...args);
};

process.once(
  'message',
  async ({ bundlePath, handlerName, payload, context, clock }) => {
    let reply;
    try {
      runOnHostClock(clock ?? {});
      let handler = await import(pathToFileURL(bundlePath).href);
      for (const key of handlerName.split('.')) handler = handler?.[key];
      if (typeof handler !== 'function') {
        throw new Error(`Handler "${handlerName}" not found in ${bundlePath}`);
      }
      const result = await handler(payload, context);
      reply = { ok: true, result: toPlain(result) };
    } catch (error) {
      reply = {
        ok: false,
        error: {
          name: typeof error?.name === 'string' ? error.name : 'Error',
          message: String(error?.message ?? error),
          stack: typeof error?.stack === 'string' ? error.stack : undefined,
        },
      };
    }
    process.send(reply, () => process.exit(0));
  },
);
