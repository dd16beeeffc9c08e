import { buildRateTable, type ExchangeRate } from '../money/exchange-rate.util';
import { parseCurrencyCode } from '../money/currency.util';
import { type HealthFinding } from './health-finding.type';

const SETTINGS_ACTION =
  'Open Settings → Applications → Global Accounts → Settings and correct the value.';

const splitStages = (
  value: string | undefined,
  fallback: string[],
): string[] =>
  value === undefined
    ? fallback
    : value
        .split(',')
        .map((stage) => stage.trim())
        .filter((stage) => stage !== '');

const EXAMPLE_RATES =
  '[{"fromCurrency":"EUR","toCurrency":"SEK","rate":"11.5"}]';

/** The exchange-rate list as the admin typed it: the rates, or why it cannot be read. */
export const readExchangeRates = (
  raw: string | undefined,
): { rates: ExchangeRate[]; problem: string | null } => {
  if (raw === undefined || raw.trim() === '')
    return { rates: [], problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw) as unknown;
  } catch {
    return {
      rates: [],
      problem: `Exchange rates is not JSON (e.g. ${EXAMPLE_RATES})`,
    };
  }
  if (!Array.isArray(parsed))
    return {
      rates: [],
      problem: `Exchange rates must be a JSON list (e.g. ${EXAMPLE_RATES})`,
    };
  const rates: ExchangeRate[] = [];
  for (const [index, entry] of parsed.entries()) {
    const item = entry as Partial<Record<string, unknown>> | null;
    const from =
      typeof item?.fromCurrency === 'string' ? item.fromCurrency : '';
    const to = typeof item?.toCurrency === 'string' ? item.toCurrency : '';
    const rate = typeof item?.rate === 'string' ? item.rate : undefined;
    if (!parseCurrencyCode(from).success || !parseCurrencyCode(to).success)
      return {
        rates: [],
        problem: `Exchange rate ${index + 1} needs fromCurrency and toCurrency as ISO codes such as "EUR", got ${JSON.stringify(entry)}`,
      };
    if (rate === undefined)
      return {
        rates: [],
        problem: `Exchange rate ${index + 1} (${from}→${to}) needs "rate" as a decimal string such as "11.5"`,
      };
    rates.push({ fromCurrency: from, toCurrency: to, rate });
  }
  const table = buildRateTable(rates);
  if (!table.success)
    return { rates: [], problem: `Exchange rates: ${table.error.message}` };
  return { rates, problem: null };
};

/** Findings on the credit settings (application variables, as strings). */
export const checkCreditSettings = (variables: {
  CREDIT_WON_STAGES?: string;
  CREDIT_LOST_STAGES?: string;
  DEFAULT_REPORTING_CURRENCY?: string;
  EXCHANGE_RATES?: string;
}): HealthFinding[] => {
  const findings: HealthFinding[] = [];
  const rates = readExchangeRates(variables.EXCHANGE_RATES);
  if (rates.problem !== null)
    findings.push({
      code: 'INVALID_EXCHANGE_RATES',
      severity: 'ERROR',
      message: `${rates.problem}. No credit is computed until it is fixed.`,
      action: `${SETTINGS_ACTION} Exchange rates is a JSON list such as ${EXAMPLE_RATES}.`,
    });
  const won = splitStages(variables.CREDIT_WON_STAGES, ['CUSTOMER']);
  const lost = splitStages(variables.CREDIT_LOST_STAGES, []);
  if (won.length === 0)
    findings.push({
      code: 'INVALID_STAGES',
      severity: 'ERROR',
      message:
        'Won stages is empty: no deal can ever be won, so no credit is ever CREDITED.',
      action: `${SETTINGS_ACTION} Won stages lists your pipeline's won stages, separated by commas (e.g. CUSTOMER).`,
    });
  const both = won.filter((stage) => lost.includes(stage));
  if (both.length > 0)
    findings.push({
      code: 'INVALID_STAGES',
      severity: 'ERROR',
      message: `${both.join(', ')} ${both.length === 1 ? 'is' : 'are'} in both Won stages and Lost stages: such deals are treated as lost.`,
      action: `${SETTINGS_ACTION} Remove ${both.join(', ')} from one of the two lists.`,
    });
  const currency = variables.DEFAULT_REPORTING_CURRENCY;
  if (
    currency !== undefined &&
    currency !== '' &&
    !parseCurrencyCode(currency).success
  )
    findings.push({
      code: 'INVALID_SETTING',
      severity: 'ERROR',
      message: `Default reporting currency "${currency}" is not an ISO 4217 code.`,
      action: `${SETTINGS_ACTION} Use a code such as EUR.`,
    });
  return findings;
};
