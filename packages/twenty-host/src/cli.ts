import { resolve } from 'node:path';

import { startTwentyHost } from './index';

// `npm start -w packages/twenty-host -- [--manifest <path>] [--bundles <dir>] [--port <n>]`
// Defaults: the app's build output at ./.twenty/output of the current directory when it
// exists, DATABASE_URL from the environment (PGlite otherwise), port 2020.

const readFlag = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};

const main = async (): Promise<void> => {
  const manifestPath = readFlag('manifest');
  const bundlesDir =
    readFlag('bundles') ??
    (manifestPath === undefined ? undefined : resolve(manifestPath, '..'));
  const port = Number(readFlag('port') ?? process.env.PORT ?? 2020);
  const host = await startTwentyHost({
    ...(manifestPath === undefined
      ? {}
      : { manifestPath: resolve(manifestPath) }),
    ...(bundlesDir === undefined ? {} : { bundlesDir: resolve(bundlesDir) }),
    ...(process.env.DATABASE_URL === undefined
      ? {}
      : { databaseUrl: process.env.DATABASE_URL }),
    port,
  });
  process.stdout.write(
    [
      `Twenty host listening on ${host.url}`,
      `  GraphQL:   ${host.url}/graphql`,
      `  Routes:    ${host.url}/s/<path>`,
      `  Database:  ${host.service.isPglite ? 'embedded PGlite' : 'PostgreSQL (DATABASE_URL)'}`,
      `  API key:   ${host.apiKey}`,
      `  App token: ${host.appToken}`,
      '',
    ].join('\n'),
  );
  let isStopping = false;
  const shutdown = (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    process.stdout.write(`\n${signal}: stopping the host...\n`);
    host
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`Stop failed: ${String(error)}\n`);
        process.exit(1);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
};

main().catch((error: unknown) => {
  process.stderr.write(
    `twenty-host failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
