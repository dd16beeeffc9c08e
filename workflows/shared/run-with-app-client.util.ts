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

/** Reads the run's configuration and builds the API client once; a bad configuration is an outcome. */
export const runWithAppClient = async <TOutcome>(
  work: (client: GraphqlClient, config: AppConfig) => Promise<TOutcome>,
): Promise<TOutcome | InvalidConfig> => {
  const config = getAppConfig();
  if (!config.success) {
    console.error(`[global-accounts] ${config.error}`);
    return { outcome: 'invalid-config', message: config.error };
  }
  return work(
    createGraphqlClient({
      apiUrl: config.data.apiUrl,
      token: config.data.token,
    }),
    config.data,
  );
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
