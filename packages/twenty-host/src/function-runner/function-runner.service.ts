import { fork } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { type HostClockSnapshot } from '../clock/host-clock.service';
import { type AppLogicFunction } from '../manifest/object-metadata.type';
import { FunctionRunnerException } from './function-runner.exception';

export type LogicFunctionContext = {
  retryCount: number;
  maxRetries: number;
  workspaceId: string;
  userWorkspaceId: string | null;
  workspaceMemberId: string | null;
};

export type FunctionRunOutcome =
  | { ok: true; result: unknown }
  | { ok: false; error: { name: string; message: string; stack?: string } };

const PACKAGE_ROOT = resolve(__dirname, '..', '..');
const RUNNER_SCRIPT = join(__dirname, 'run-logic-function.mjs');

/** Root of the installed twenty-client-sdk (its exports hide package.json). */
const findClientSdkRoot = (): string =>
  resolve(
    dirname(
      require.resolve('twenty-client-sdk/generate', { paths: [PACKAGE_ROOT] }),
    ),
    '..',
  );

// Built bundles import `twenty-client-sdk/core` as an external the server provides. The
// host provides it the same way: a copy of twenty-client-sdk whose core client is
// generated (`replaceCoreClient`) from the host's own SDL, placed in a node_modules next
// to a copy of the bundles, so Node's resolution from a bundle finds it.
export class FunctionRunnerService {
  private constructor(
    readonly appDirectory: string,
    private readonly runtimeDirectory: string,
  ) {}

  static async prepare({
    bundlesDir,
    schemaSdl,
  }: {
    bundlesDir: string;
    schemaSdl: string;
  }): Promise<FunctionRunnerService> {
    // Outside the repository: the generated client has no imports of its own.
    const runtimeRoot = join(tmpdir(), 'twenty-host-runtime');
    const hash = createHash('sha256')
      .update(schemaSdl)
      .digest('hex')
      .slice(0, 16);
    const clientRoot = join(runtimeRoot, `client-${hash}`);
    const clientPackage = join(clientRoot, 'node_modules', 'twenty-client-sdk');
    if (!existsSync(join(clientPackage, '.host-generated'))) {
      const staging = join(
        runtimeRoot,
        `staging-${randomBytes(4).toString('hex')}`,
      );
      const stagingPackage = join(staging, 'node_modules', 'twenty-client-sdk');
      mkdirSync(dirname(stagingPackage), { recursive: true });
      cpSync(findClientSdkRoot(), stagingPackage, {
        recursive: true,
        dereference: true,
      });
      const generate = (await import('twenty-client-sdk/generate')) as {
        replaceCoreClient: (options: {
          packageRoot: string;
          schema: string;
        }) => Promise<void>;
      };
      await generate.replaceCoreClient({
        packageRoot: stagingPackage,
        schema: schemaSdl,
      });
      cpSync(
        join(stagingPackage, 'package.json'),
        join(stagingPackage, '.host-generated'),
      );
      try {
        renameSync(staging, clientRoot);
      } catch {
        // Another host generated the same client first: use theirs.
        rmSync(staging, { recursive: true, force: true });
      }
    }
    const appDirectory = join(
      clientRoot,
      `app-${randomBytes(5).toString('hex')}`,
    );
    if (!existsSync(bundlesDir)) {
      throw new FunctionRunnerException(
        `No bundles at ${bundlesDir}: run the twenty-sdk build first`,
        'BUNDLE_NOT_FOUND',
      );
    }
    cpSync(bundlesDir, appDirectory, { recursive: true, dereference: true });
    return new FunctionRunnerService(appDirectory, clientRoot);
  }

  run({
    logicFunction,
    payload,
    context,
    env,
    clock = { timeScale: 1, realEpoch: 0, hostEpoch: 0 },
  }: {
    logicFunction: AppLogicFunction;
    payload: unknown;
    context: LogicFunctionContext;
    env: Record<string, string>;
    /** The host clock the process runs on (Date.now and timers). */
    clock?: HostClockSnapshot;
  }): Promise<FunctionRunOutcome> {
    const bundlePath = join(this.appDirectory, logicFunction.builtHandlerPath);
    if (!existsSync(bundlePath)) {
      return Promise.resolve({
        ok: false,
        error: {
          name: 'FunctionRunnerException',
          message: `Bundle ${logicFunction.builtHandlerPath} of "${logicFunction.name}" is missing`,
        },
      });
    }
    return new Promise((resolvePromise) => {
      const child = fork(RUNNER_SCRIPT, [], {
        env: { PATH: process.env.PATH ?? '', ...env },
        execArgv: [],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      let settled = false;
      const settle = (outcome: FunctionRunOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolvePromise(outcome);
      };
      const timer = setTimeout(
        () => {
          child.kill('SIGKILL');
          settle({
            ok: false,
            error: {
              name: 'FunctionRunnerException',
              message: `"${logicFunction.name}" timed out after ${logicFunction.timeoutSeconds} s`,
            },
          });
        },
        // In real time: a machine busy with other work must not turn slowness into
        // timeouts. The code under test sees host time and so ends its own waits sooner.
        logicFunction.timeoutSeconds * 1000,
      );
      child.once('message', (message) => settle(message as FunctionRunOutcome));
      child.once('error', (error) =>
        settle({
          ok: false,
          error: { name: error.name, message: error.message },
        }),
      );
      // 'close' comes after the IPC channel has delivered every message; 'exit' may come first.
      child.once('close', (code) =>
        settle({
          ok: false,
          error: {
            name: 'FunctionRunnerException',
            message: `"${logicFunction.name}" exited with code ${String(code)} before answering`,
          },
        }),
      );
      child.send({
        bundlePath,
        handlerName: logicFunction.handlerName,
        payload,
        context,
        clock,
      });
    });
  }

  dispose(): void {
    rmSync(this.appDirectory, { recursive: true, force: true });
    void this.runtimeDirectory;
  }
}
