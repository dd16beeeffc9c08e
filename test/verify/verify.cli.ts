// Runs the end-to-end credit scenarios against a Twenty with the app installed:
//   npm run verify -- --api-url https://crm.example.com --api-key <key>
// (or TWENTY_API_URL / TWENTY_API_KEY). Prints "N passed, N failed"; exits 1 when one failed.
import { parseArgs } from 'node:util';

import { runVerify } from './run-verify.util';
import { createGraphqlTarget, pollUntil } from './verify-target.type';

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      'api-url': { type: 'string' },
      'api-key': { type: 'string' },
      'timeout-seconds': { type: 'string' },
    },
  });
  const apiUrl = values['api-url'] ?? process.env.TWENTY_API_URL;
  const apiKey = values['api-key'] ?? process.env.TWENTY_API_KEY;
  if (apiUrl === undefined || apiKey === undefined) {
    console.error(
      'Give the Twenty server and an API key: --api-url https://crm.example.com --api-key <key> (or TWENTY_API_URL and TWENTY_API_KEY).',
    );
    return 2;
  }
  const timeoutSeconds = Number(values['timeout-seconds'] ?? '90');
  console.log(`Verifying Global Accounts on ${apiUrl} …`);
  const report = await runVerify({
    target: createGraphqlTarget({
      apiUrl,
      apiKey,
      eventually: pollUntil({ timeoutMs: timeoutSeconds * 1000 }),
    }),
    log: (line) => console.log(line),
  });
  return report.failed === 0 ? 0 : 1;
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
