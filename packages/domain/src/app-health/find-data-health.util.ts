import { parseCreditPolicy } from '../credit-policy/parse-credit-policy.util';
import { buildRateTable, type ExchangeRate } from '../money/exchange-rate.util';
import { type CreditPeriod } from '../credit-ledger/credit-line.type';
import { type IsoDate } from '../shared/iso-date.util';
import { type HealthFinding } from './health-finding.type';

const RATES_ACTION =
  'Add the rate to Exchange rates in Settings → Applications → Global Accounts → Settings; the nightly reconciliation (or the next change of each deal) then fills in the reporting amounts.';

/**
 * Currency pairs deals need (deal currency → its account's reporting currency) that no rate
 * converts, directly or as the inverse of a given rate.
 */
export const findMissingRates = ({
  needed,
  rates,
}: {
  needed: readonly {
    fromCurrency: string;
    toCurrency: string;
    lines: number;
  }[];
  rates: readonly ExchangeRate[];
}): HealthFinding[] => {
  const table = buildRateTable(rates);
  if (!table.success) return [];
  const missing = new Map<string, number>();
  for (const pair of needed) {
    if (pair.fromCurrency === pair.toCurrency) continue;
    if (table.data.has(`${pair.fromCurrency}>${pair.toCurrency}`)) continue;
    const key = `${pair.fromCurrency}→${pair.toCurrency}`;
    missing.set(key, (missing.get(key) ?? 0) + pair.lines);
  }
  return [...missing.entries()]
    .sort(([left], [right]) => (left < right ? -1 : 1))
    .map(([pair, count]) => ({
      code: 'MISSING_EXCHANGE_RATE' as const,
      severity: 'WARNING' as const,
      message: `No exchange rate ${pair}: ${count} credit line${count === 1 ? ' has' : 's have'} no amount in the reporting currency.`,
      action: RATES_ACTION,
    }));
};

/** Accounts whose credit policy the engine refuses (their deals get no credit). */
export const findInvalidPolicies = (
  accounts: readonly { name: string; creditPolicy: unknown }[],
): HealthFinding[] =>
  accounts.flatMap((account) => {
    const parsed = parseCreditPolicy(account.creditPolicy);
    if (parsed.success) return [];
    return [
      {
        code: 'INVALID_POLICY' as const,
        severity: 'ERROR' as const,
        message: `Global account "${account.name}" has an invalid credit policy (${parsed.error.issues.map((issue) => issue.message).join('; ')}): its deals keep their last valid credit.`,
        action: `Open the global account "${account.name}" and correct Credit policy, or empty it to use the default split.`,
      },
    ];
  });

/** Credit is booked into open periods: today must fall in one. */
export const findOpenPeriodGap = ({
  periods,
  today,
}: {
  periods: readonly CreditPeriod[];
  today: IsoDate;
}): HealthFinding[] => {
  const current = periods.find(
    (period) => period.startDate <= today && today <= period.endDateInclusive,
  );
  if (current?.state === 'OPEN') return [];
  return [
    {
      code: 'NO_OPEN_PERIOD',
      severity: 'WARNING',
      message:
        current === undefined
          ? `No credit period covers today (${today}).`
          : `The credit period covering today (${current.name}) is closed: corrections of won deals have nowhere to go.`,
      action:
        current === undefined
          ? `Create the current period in Credit periods (e.g. ${today.slice(0, 4)}-Q… with its start and end dates, state Open).`
          : `Create and open the next credit period in Credit periods.`,
    },
  ];
};

/** Deals changed recently whose stored credit lines differ from what their records give. */
export const findStaleCredit = ({
  checked,
  stale,
}: {
  checked: number;
  stale: readonly string[];
}): HealthFinding[] =>
  stale.length === 0
    ? []
    : [
        {
          code: 'CREDIT_NOT_COMPUTED',
          severity: 'ERROR',
          message: `${stale.length} of ${checked} deals changed in the last day have credit lines that do not match them: the app's logic functions did not run on those changes (first: ${stale.slice(0, 3).join(', ')}).`,
          action:
            'Check that logic functions are enabled on the server and the worker (LOGIC_FUNCTION_TYPE=LOCAL or LAMBDA, not DISABLED) and that the worker runs; the nightly reconcile-credit-ledger then repairs the ledger.',
        },
      ];
