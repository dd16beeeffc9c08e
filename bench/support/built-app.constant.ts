import path from 'node:path';

import { DEFAULT_APP_BUDGET } from '@global-accounts/twenty-gateway';

/** The twenty-sdk build the host-driven benches run (`npm run build` at the root). */
export const APP_OUTPUT = path.resolve(
  __dirname,
  '..',
  '..',
  '.twenty',
  'output',
);
/** Twenty's app budget: requests (root fields) a minute. */
export const APP_BUDGET_PER_MINUTE = DEFAULT_APP_BUDGET.limit;
