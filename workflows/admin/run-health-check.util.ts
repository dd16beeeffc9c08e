import {
  checkCreditSettings,
  DEFAULT_CURRENCY,
  computeCreditLedger,
  findInvalidPolicies,
  findMissingRates,
  findOpenPeriodGap,
  findStaleCredit,
  summariseHealth,
  toIsoDate,
  type AppHealthResult,
  type HealthFinding,
} from '@global-accounts/domain';
import {
  createGraphqlClient,
  loadCreditContexts,
  loadHealthInputs,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { getAppConfig, type AppConfig } from '../shared/get-app-config.util';

/** Deals changed within the last day are checked… */
export const STALE_CREDIT_WINDOW_MS = 24 * 60 * 60_000;
/** …except the last few minutes, whose events may still be on their way. */
export const STALE_CREDIT_GRACE_MS = 5 * 60_000;

const READ_FAILED_ACTION =
  'Check that the app is installed and its role can read its objects; run the health check again.';

// Deals whose stored lines differ from what their records give now: a run that should have
// happened did not (logic functions disabled, no worker, an event dropped).
const findStaleDeals = async (
  client: GraphqlClient,
  opportunityIds: readonly string[],
  config: AppConfig['credit'],
  now: Date,
): Promise<HealthFinding[]> => {
  if (opportunityIds.length === 0) return [];
  const loaded = await loadCreditContexts({ client, opportunityIds });
  if (!loaded.success)
    return [
      {
        code: 'CREDIT_NOT_COMPUTED',
        severity: 'WARNING',
        message: `Could not read the recently changed deals: ${loaded.error.message}`,
        action: READ_FAILED_ACTION,
      },
    ];
  const today = toIsoDate(now);
  const stale = loaded.data.loaded.flatMap(({ context }) => {
    const computed = computeCreditLedger({
      ...context,
      today,
      rates: config.rates,
      settings: config.settings,
    });
    if (!computed.success) return [];
    const { creates, updates, reversals } = computed.data.diff;
    return creates.length + updates.length + reversals.length > 0
      ? [context.opportunity.id]
      : [];
  });
  return findStaleCredit({ checked: loaded.data.loaded.length, stale });
};

/**
 * What an admin should fix, read in two to four requests: the settings, the accounts'
 * policies, the exchange rates deals need, today's credit period, and deals changed in the
 * last day whose credit was not computed. Never throws: a failure is itself the result.
 */
export const runHealthCheck = async (
  environment: Record<string, string | undefined> = process.env,
  // Date.now(): the time source a test host can speed up (its runs patch Date.now only).
  now: Date = new Date(Date.now()),
): Promise<AppHealthResult> => {
  const findings = checkCreditSettings(environment);
  const config = getAppConfig(environment);
  if (!config.success) {
    return summariseHealth(
      findings.length > 0
        ? findings
        : [
            {
              code: 'INVALID_SETTING',
              severity: 'ERROR',
              message: `The app's settings cannot be read (${config.error}): no credit is computed.`,
              action:
                'Open Settings → Applications → Global Accounts → Settings and correct the value named.',
            },
          ],
    );
  }
  try {
    const client = createGraphqlClient({
      apiUrl: config.data.apiUrl,
      token: config.data.token,
    });
    const inputs = await loadHealthInputs({
      client,
      changedSince: new Date(now.getTime() - STALE_CREDIT_WINDOW_MS),
      changedBefore: new Date(now.getTime() - STALE_CREDIT_GRACE_MS),
      defaultReportingCurrency:
        config.data.credit.settings.defaultReportingCurrency ??
        DEFAULT_CURRENCY,
    });
    if (!inputs.success)
      return summariseHealth([
        ...findings,
        {
          code: 'INVALID_SETTING',
          severity: 'ERROR',
          message: `Global Accounts could not read its records: ${inputs.error.message}`,
          action: READ_FAILED_ACTION,
        },
      ]);
    const data = inputs.data;
    findings.push(
      ...findInvalidPolicies(data.accounts),
      ...findMissingRates({
        needed: data.linesWithoutReportingAmount,
        rates: config.data.credit.rates,
      }),
      ...data.periodProblems.map((problem): HealthFinding => ({
        code: 'INVALID_SETTING',
        severity: 'ERROR',
        message: `A credit period cannot be read (${problem}): no credit is computed.`,
        action:
          'Correct the period in Credit periods (name, start and end dates, state).',
      })),
      ...(data.periodProblems.length > 0
        ? []
        : findOpenPeriodGap({ periods: data.periods, today: toIsoDate(now) })),
      ...(await findStaleDeals(
        client,
        data.changedOpportunityIds,
        config.data.credit,
        now,
      )),
    );
    return summariseHealth(findings);
  } catch (error) {
    return summariseHealth([
      ...findings,
      {
        code: 'INVALID_SETTING',
        severity: 'ERROR',
        message: `The health check failed: ${error instanceof Error ? error.message : String(error)}`,
        action: READ_FAILED_ACTION,
      },
    ]);
  }
};
