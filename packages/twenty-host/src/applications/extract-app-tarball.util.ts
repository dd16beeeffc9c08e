import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { ApplicationException } from './application.exception';

const run = promisify(execFile);

/**
 * Writes an uploaded `npm pack` tarball and extracts it; answers the folder holding
 * package.json and manifest.json (npm packs under `package/`, like
 * application-package/utils/tarball-utils.ts resolvePackageContentDir expects).
 * `--no-same-owner` and a fresh folder: nothing outside `targetDir` is written
 * (tar refuses absolute and `..` member paths by default).
 */
export const extractAppTarball = async ({
  tarball,
  targetDir,
}: {
  tarball: Buffer;
  targetDir: string;
}): Promise<string> => {
  await mkdir(targetDir, { recursive: true });
  const tarballPath = join(targetDir, 'app.tar.gz');
  await writeFile(tarballPath, tarball);
  const extractDir = join(targetDir, 'extracted');
  await mkdir(extractDir);
  try {
    await run('tar', [
      '-xzf',
      tarballPath,
      '-C',
      extractDir,
      '--no-same-owner',
    ]);
  } catch (error) {
    throw new ApplicationException(
      `The uploaded file is not a gzipped tarball: ${error instanceof Error ? error.message : String(error)}`,
      'TARBALL_EXTRACTION_FAILED',
    );
  }
  const packaged = join(extractDir, 'package');
  return existsSync(join(packaged, 'package.json')) ? packaged : extractDir;
};
