import { ok, type CreditPeriod, type Result } from '@global-accounts/domain';

import { type CreditPeriodNode } from './schemas/credit-context.schema';
import { toCreditPeriod } from './to-domain-values.util';

/** Every credit period in date order; one unreadable period refuses them all (never dropped). */
export const toCreditPeriods = (
  nodes: readonly CreditPeriodNode[],
): Result<CreditPeriod[], string> => {
  const periods: CreditPeriod[] = [];
  for (const node of nodes) {
    const period = toCreditPeriod(node);
    if (!period.success) return period;
    periods.push(period.data);
  }
  return ok(periods.sort((a, b) => a.startDate.localeCompare(b.startDate)));
};
