import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { type Manifest, manifestSchema } from '@global-accounts/manifest-check';

export const APP_ROOT = path.resolve(__dirname, '..', '..');
export const MANIFEST_PATH = path.join(
  APP_ROOT,
  '.twenty',
  'output',
  'manifest.json',
);
// The CLI the `twenty` bin of npm scripts runs.
const TWENTY_CLI = path.join(
  APP_ROOT,
  'node_modules',
  'twenty-sdk',
  'dist',
  'cli.cjs',
);

export type BuiltApp = { manifest: Manifest; rawManifest: unknown };

// Runs `twenty dev:build` (what `npm run build` runs: manifest, bundles,
// typecheck) with the Node running the tests and fails on a non-zero exit
// (the SDK writes no manifest on failure), then reads the manifest it wrote. The programmatic appBuild cannot run inside jest: twenty-sdk/cli
// requires ESM-only packages (chalk 5, ink) that jest cannot require.
export const buildAppManifest = async (): Promise<BuiltApp> => {
  try {
    await promisify(execFile)(
      process.execPath,
      [TWENTY_CLI, 'dev:build', APP_ROOT],
      {
        cwd: APP_ROOT,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as {
      stdout?: string;
      stderr?: string;
    };
    throw new Error(`twenty dev:build failed:\n${stdout}\n${stderr}`);
  }
  const rawManifest: unknown = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
  return { manifest: manifestSchema.parse(rawManifest), rawManifest };
};
