import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');
// The bin of twenty-sdk (package.json "bin": dist/cli.cjs), next to its operations module.
const CLI = path.join(
  path.dirname(require.resolve('twenty-sdk/cli', { paths: [REPOSITORY_ROOT] })),
  'cli.cjs',
);

export type CliOutcome = { exitCode: number; output: string };

export type TwentyCli = {
  /** `twenty <args>` in the repository (the app's folder), as an admin types it. */
  run: (args: string[]) => Promise<CliOutcome>;
  /**
   * The upload half of `twenty app:publish --private`: the SDK's own `appDeploy` (the
   * function the command calls once `appBuild` has packed the tarball), on a tarball packed
   * beforehand, so that a test does not rebuild and typecheck the app for each version.
   */
  deployTarball: (options: {
    tarballPath: string;
    remote: string;
  }) => Promise<CliOutcome>;
  dispose: () => void;
};

// Child processes, never sync calls: the host answers from this same process.
const runNode = (args: string[], env: NodeJS.ProcessEnv): Promise<CliOutcome> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: REPOSITORY_ROOT, env, maxBuffer: 20 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode =
          error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ exitCode, output: `${stdout}${stderr}` });
      },
    );
  });

/**
 * The real twenty CLI (twenty-sdk's bin) with its own HOME, so its config
 * (~/.twenty/config.json: remotes and API keys) lives in a temporary folder.
 */
export const createTwentyCli = (): TwentyCli => {
  const home = mkdtempSync(path.join(tmpdir(), 'twenty-cli-home-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    // The CLI takes the app's folder from INIT_CWD (set by npm to where `npm …` was typed).
    INIT_CWD: REPOSITORY_ROOT,
    NODE_ENV: 'production',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  return {
    run: (args) => runNode([CLI, ...args], env),
    deployTarball: ({ tarballPath, remote }) =>
      runNode(
        [
          '-e',
          `require('twenty-sdk/cli').appDeploy({ tarballPath: ${JSON.stringify(tarballPath)}, remote: ${JSON.stringify(remote)}, onProgress: (line) => console.log(line) })
            .then((result) => { console.log(result.success ? 'deployed ' + JSON.stringify(result.data) : result.error.message); process.exit(result.success ? 0 : 1); })`,
        ],
        env,
      ),
    dispose: () => rmSync(home, { recursive: true, force: true }),
  };
};
