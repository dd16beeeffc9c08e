import { RetryableLogicFunctionError } from 'twenty-sdk/logic-function';

import { type Result } from '@global-accounts/domain';
import {
  createGraphqlClient,
  isTransientGatewayError,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { getAppConfig, type AppConfig } from './get-app-config.util';

export type InvalidConfig = { outcome: 'invalid-config'; message: string };

/**
 * Share of a run's time it may spend waiting for the app's API budget: the rest is kept for
 * the work itself, so that a run that gives up still ends before Twenty kills it.
 */
const WAITING_SHARE_OF_TIMEOUT = 0.75;

/**
 * Reads the run's configuration and builds the API client once; a bad configuration is an
 * outcome. The client waits for the app's API budget while the run's time allows
 * (`timeoutSeconds` of the function's definition, counted from now). The outcome tells how
 * many API requests the work sent (the steps of one dispatcher each report their own).
 */
export const runWithAppClient = async <TOutcome>({
  timeoutSeconds,
  work,
  now = Date.now,
}: {
  timeoutSeconds: number;
  work: (client: GraphqlClient, config: AppConfig) => Promise<TOutcome>;
  now?: () => number;
}): Promise<(TOutcome & { requests: number }) | InvalidConfig> => {
  const startedAt = now();
  const config = getAppConfig();
  if (!config.success) {
    console.error(`[global-accounts] ${config.error}`);
    return { outcome: 'invalid-config', message: config.error };
  }
  const client = createGraphqlClient({
    apiUrl: config.data.apiUrl,
    token: config.data.token,
    waitForBudgetUntil:
      startedAt + timeoutSeconds * 1000 * WAITING_SHARE_OF_TIMEOUT,
  });
  const outcome = await work(client, config.data);
  return { ...outcome, requests: client.requestCount() };
};

/** A gateway failure ends the run: transient ones make Twenty retry it with backoff. */
export const dataOrThrow = <TData>(
  result: Result<TData, GatewayError>,
  task: string,
): TData => {
  if (result.success) return result.data;
  if (isTransientGatewayError(result.error))
    throw new RetryableLogicFunctionError(result.error.message);
  throw new Error(`[global-accounts] ${task} failed: ${result.error.message}`);
};
