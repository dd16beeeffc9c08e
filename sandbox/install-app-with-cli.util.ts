// The app reaches the sandbox's host the way the README tells an admin to install it:
// the real twenty CLI (twenty-sdk's bin) as child processes, with its config in a
// temporary HOME so that nothing of the user's ~/.twenty is read or written.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const REPOSITORY_ROOT = resolve(__dirname, '..');
const CLI = join(
  dirname(require.resolve('twenty-sdk/cli', { paths: [REPOSITORY_ROOT] })),
  'cli.cjs',
);
const REMOTE = 'sandbox';

const runCli = (
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; output: string }> =>
  new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: REPOSITORY_ROOT, env, maxBuffer: 50 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ ok: error === null, output: `${stdout}${stderr}` }),
    );
  });

/** `twenty remote:add --api-key`, `twenty app:publish --private`, `twenty app:install`. */
export const installAppWithCli = async ({
  url,
  apiKey,
}: {
  url: string;
  apiKey: string;
}): Promise<void> => {
  const home = mkdtempSync(join(tmpdir(), 'sandbox-twenty-cli-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    INIT_CWD: REPOSITORY_ROOT,
    NO_COLOR: '1',
  };
  const steps: { label: string; args: string[] }[] = [
    {
      label: `twenty remote:add --url ${url} --api-key … --as ${REMOTE}`,
      args: ['remote:add', '--url', url, '--api-key', apiKey, '--as', REMOTE],
    },
    {
      label: `twenty app:publish --private --remote ${REMOTE}`,
      args: ['app:publish', '--private', '--remote', REMOTE],
    },
    {
      label: `twenty app:install --remote ${REMOTE}`,
      args: ['app:install', '--remote', REMOTE],
    },
  ];
  try {
    for (const { label, args } of steps) {
      const started = Date.now();
      process.stdout.write(`  ${label} … `);
      const { ok, output } = await runCli(args, env);
      if (!ok) {
        console.log('failed');
        throw new Error(`${label} failed:\n${output}`);
      }
      console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
};
