import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNNER_SCRIPT = join(__dirname, 'run-logic-function.mjs');
const YEAR_MS = 365 * 24 * 3_600_000;

const runWithClock = (
  bundlePath: string,
  clock: { timeScale: number; realEpoch: number; hostEpoch: number },
) =>
  new Promise<{ ok: boolean; result: Record<string, number> }>(
    (resolve, reject) => {
      const child = fork(RUNNER_SCRIPT, [], {
        execArgv: [],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      child.once('message', (reply) =>
        resolve(reply as { ok: boolean; result: Record<string, number> }),
      );
      child.once('error', reject);
      child.send({ bundlePath, handlerName: 'handler', payload: {}, clock });
    },
  );

describe('a logic function run on the host clock', () => {
  let directory: string;
  let bundlePath: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'host-clock-'));
    bundlePath = join(directory, 'clock.mjs');
    writeFileSync(
      bundlePath,
      `export const handler = () => ({
        now: Date.now(),
        newDate: new Date().getTime(),
        fixed: new Date(0).getTime(),
        isDate: new Date() instanceof Date ? 1 : 0,
      });`,
    );
  });

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('sees the host time in Date.now() and in new Date(), and fixed dates unchanged', async () => {
    const realEpoch = Date.now();
    const hostEpoch = realEpoch + YEAR_MS;

    const reply = await runWithClock(bundlePath, {
      timeScale: 4,
      realEpoch,
      hostEpoch,
    });

    expect(reply.ok).toBe(true);
    const { now, newDate, fixed, isDate } = reply.result;
    // A run starts within seconds; the host clock is a year ahead of the real one.
    expect(now! - hostEpoch).toBeGreaterThanOrEqual(0);
    expect(now! - hostEpoch).toBeLessThan(YEAR_MS / 2);
    expect(newDate! - hostEpoch).toBeGreaterThanOrEqual(0);
    expect(newDate! - hostEpoch).toBeLessThan(YEAR_MS / 2);
    expect(fixed).toBe(0);
    expect(isDate).toBe(1);
  });
});
