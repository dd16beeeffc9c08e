// Runs a bench the way Twenty runs the app's code: bundled by esbuild (as twenty-sdk bundles
// each logic function), on Node 24, pinned to one core when taskset is available.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const [name] = process.argv.slice(2);
if (name === undefined) {
  console.error('usage: node run-bundled.mjs <bench name, e.g. credit-engine>');
  process.exit(2);
}
const outfile = `dist/${name}.bench.mjs`;
await build({
  entryPoints: [`${name}.bench.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outfile,
  logLevel: 'warning',
});
const pinned = existsSync('/usr/bin/taskset');
const command = pinned ? 'taskset' : process.execPath;
const args = pinned ? ['-c', '0', process.execPath, outfile] : [outfile];
const result = spawnSync(command, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
