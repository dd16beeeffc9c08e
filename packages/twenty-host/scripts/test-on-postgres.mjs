// The host's second test pass, on a real PostgreSQL server. On a machine without one, it is
// skipped with one line; CI sets HOST_TEST_REQUIRE_POSTGRES=true so a missing server fails.
import { spawnSync } from 'node:child_process';

import pg from 'pg';

const url =
  process.env.HOST_TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const required = process.env.HOST_TEST_REQUIRE_POSTGRES === 'true';

const reachable = async () => {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
};

const problem = await reachable();
if (problem !== null) {
  const line = `PostgreSQL pass of the host tests skipped: no server at ${url.replace(/\/\/[^@]*@/, '//…@')} (${problem}). Start PostgreSQL or set HOST_TEST_DATABASE_URL to run it.`;
  if (required) {
    console.error(`${line}\nHOST_TEST_REQUIRE_POSTGRES=true: failing.`);
    process.exit(1);
  }
  console.log(line);
  process.exit(0);
}
const run = spawnSync('npx', ['jest', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: url,
    NODE_OPTIONS: '--experimental-vm-modules',
  },
});
process.exit(run.status ?? 1);
