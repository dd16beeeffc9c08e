import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { APP_OUTPUT } from './start-app-host.util';

const run = promisify(execFile);

type Json = Record<string, unknown>;

const packFolders: string[] = [];

/** Deletes every folder packApp made in this process. */
export const removePackedApps = (): void => {
  for (const folder of packFolders.splice(0))
    rmSync(folder, { recursive: true, force: true });
};

const readJson = (file: string): Json =>
  JSON.parse(readFileSync(file, 'utf8')) as Json;

/**
 * Packs the built app (.twenty/output) as `twenty app:publish --private` does
 * (`npm pack --pack-destination .` in the output folder), optionally as another version:
 * `version` and `enginesTwenty` rewrite its package.json, `editManifest` its manifest.
 * Source maps are left out (the host never reads them). Answers the tarball's path.
 */
export const packApp = async ({
  version,
  enginesTwenty,
  editManifest,
}: {
  version?: string;
  enginesTwenty?: string;
  editManifest?: (manifest: Json) => void;
} = {}): Promise<string> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'global-accounts-pack-'));
  packFolders.push(folder);
  cpSync(APP_OUTPUT, folder, {
    recursive: true,
    filter: (source) => !source.endsWith('.map') && !source.endsWith('.tgz'),
  });
  const packageJsonPath = path.join(folder, 'package.json');
  const packageJson = readJson(packageJsonPath);
  if (version !== undefined) packageJson.version = version;
  if (enginesTwenty !== undefined)
    packageJson.engines = {
      ...(packageJson.engines as Json),
      twenty: enginesTwenty,
    };
  writeFileSync(packageJsonPath, JSON.stringify(packageJson, null, 2));
  if (editManifest !== undefined) {
    const manifestPath = path.join(folder, 'manifest.json');
    const manifest = readJson(manifestPath);
    editManifest(manifest);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  await run('npm', ['pack', '--pack-destination', '.', '--silent'], {
    cwd: folder,
  });
  const tarball = readdirSync(folder).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined)
    throw new Error(`npm pack wrote no tarball in ${folder}`);
  return path.join(folder, tarball);
};

/** The version of the built app (the root package.json, copied into .twenty/output). */
export const builtAppVersion = (): string => {
  const version = readJson(path.join(APP_OUTPUT, 'package.json')).version;
  if (typeof version !== 'string')
    throw new Error('The built app has no version');
  return version;
};
