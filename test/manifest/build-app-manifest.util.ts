import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { type Manifest, manifestSchema } from '@global-accounts/manifest-check';

export const APP_ROOT = path.resolve(__dirname, '..', '..');
export const MANIFEST_PATH = path.join(
  APP_ROOT,
  '.twenty',
  'output',
  'manifest.json',
);

export type BuiltApp = { manifest: Manifest; rawManifest: unknown };

// Reads the manifest `twenty dev:build` wrote: Nx runs the app's build before these tests
// (implicit dependency), so the tests check exactly what ships. Building again here made the
// verdict depend on machine speed (a rebuild inside a jest hook, over 180 s under load).
export const readBuiltAppManifest = (): BuiltApp => {
  if (!existsSync(MANIFEST_PATH))
    throw new Error(
      `No built app at ${MANIFEST_PATH}: run \`npm run build\` at the repository root first.`,
    );
  const rawManifest: unknown = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
  return { manifest: manifestSchema.parse(rawManifest), rawManifest };
};
