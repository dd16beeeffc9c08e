// Loads the Nordlys demo family into a real Twenty through its API:
//   npm run load -w @global-accounts/seeds -- --api-url https://crm.example.com --api-key <key>
// (or TWENTY_API_URL / TWENTY_API_KEY in the environment). Safe to run twice: records upsert.
import { parseArgs } from 'node:util';

import { createGraphqlClient } from '@global-accounts/twenty-gateway';

import { loadDemoFamily } from './load-demo-family.util';

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: { 'api-url': { type: 'string' }, 'api-key': { type: 'string' } },
  });
  const apiUrl = values['api-url'] ?? process.env.TWENTY_API_URL;
  const apiKey = values['api-key'] ?? process.env.TWENTY_API_KEY;
  if (apiUrl === undefined || apiKey === undefined) {
    console.error(
      'Give the Twenty server and an API key: --api-url https://crm.example.com --api-key <key> (or TWENTY_API_URL and TWENTY_API_KEY).',
    );
    return 2;
  }
  const loaded = await loadDemoFamily(
    createGraphqlClient({ apiUrl, token: apiKey }),
    (message) => console.log(message),
  );
  if (!loaded.success) {
    console.error(
      `The demo family was not fully loaded: ${loaded.error.message}`,
    );
    return 1;
  }
  console.log(
    'Done. Install the app first if you have not: the demo uses its objects and fields.',
  );
  return 0;
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Unexpected failure: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
