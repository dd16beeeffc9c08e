// The global account cockpit's first render in headless Chromium, on the demo family: from
// the receiver page's script start to the component's first render with its data (the
// route's run included: a fresh logic-function process, as Twenty's local driver starts).
// Goal: under 1 s. Needs Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
//
//   npm run bench:cockpit -w bench       (after `npm run build` at the root)
//   COCKPIT_RENDERS=20 to choose the number of renders
import path from 'node:path';

import {
  DEMO_EXCHANGE_RATES,
  DEMO_GLOBAL_ACCOUNT,
  loadDemoFamily,
} from '@global-accounts/seeds';
import { createGraphqlClient } from '@global-accounts/twenty-gateway';
import { startTwentyHost } from '@global-accounts/twenty-host';

// Both are end-to-end projects; the browser helper lives with the tests that use it first.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  isChromiumInstalled,
  launchChromium,
  renderFrontComponent,
} from '../test/support/chromium-page.util';
import { APP_OUTPUT } from './support/built-app.constant';

const percentile = (sorted: number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;

const main = async (): Promise<void> => {
  if (!isChromiumInstalled())
    throw new Error(
      'Chromium is not installed: apt-get install chromium (or set CHROMIUM_PATH).',
    );
  const renders = Number(process.env.COCKPIT_RENDERS ?? 10);
  const host = await startTwentyHost({
    manifestPath: path.join(APP_OUTPUT, 'manifest.json'),
    bundlesDir: APP_OUTPUT,
    applicationVariables: {
      EXCHANGE_RATES: JSON.stringify(DEMO_EXCHANGE_RATES),
    },
  });
  const browser = await launchChromium();
  try {
    const api = createGraphqlClient({ apiUrl: host.url, token: host.apiKey });
    const loaded = await loadDemoFamily(api, () => undefined);
    if (!loaded.success) throw new Error(loaded.error.message);
    await host.waitForIdle(600_000);
    const url = `${host.url}/front-components/account-cockpit?recordId=${DEMO_GLOBAL_ACCOUNT.id}`;
    const times: number[] = [];
    for (let index = 0; index < renders; index += 1) {
      const page = await renderFrontComponent({ browser, url });
      if (page.alerts.length > 0)
        throw new Error(`the cockpit showed: ${page.alerts.join(' ')}`);
      times.push(page.renderedMs);
      process.stdout.write(`\r  render ${index + 1}/${renders}`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `\ncockpit first render on the demo family, ${renders} renders in headless Chromium (goal < 1000 ms):`,
    );
    console.log(
      `  median ${percentile(sorted, 0.5)} ms   p90 ${percentile(sorted, 0.9)} ms   min ${sorted[0]} ms   max ${sorted.at(-1)} ms   (${(percentile(sorted, 0.5) / 1000).toFixed(2)}× the goal)`,
    );
  } finally {
    await browser.close();
    await host.stop();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
