import { existsSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import {
  DEMO_EXCHANGE_RATES,
  DEMO_OPPORTUNITIES,
  loadDemoFamily,
} from '@global-accounts/seeds';

import {
  createGraphqlClient,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';
import {
  startTwentyHost,
  type StartTwentyHostOptions,
  type TwentyHost,
} from '@global-accounts/twenty-host';

export const APP_OUTPUT = path.resolve(
  __dirname,
  '..',
  '..',
  '.twenty',
  'output',
);

export type AppHost = {
  host: TwentyHost;
  api: GraphqlClient;
  graphql: <TData = unknown>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<TData>;
};

/** The app's built bundles on the Twenty-compatible host, with an API client acting as a person. */
export const startAppHost = async (
  options: StartTwentyHostOptions = {},
): Promise<AppHost> => {
  const manifestPath = path.join(APP_OUTPUT, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `The app is not built (${manifestPath} is missing): run "npm run build" at the repository root.`,
    );
  }
  const databaseUrl =
    process.env.DATABASE_URL === undefined || process.env.DATABASE_URL === ''
      ? undefined
      : process.env.DATABASE_URL;
  const host = await startTwentyHost({
    manifestPath,
    bundlesDir: APP_OUTPUT,
    databaseUrl,
    // Host time (rate-limit refill, Twenty's 0.5–4 s retry backoff, queued-job delays) runs
    // 4× faster than real time; a test may ask for another scale.
    timeScale: 4,
    ...options,
  });
  const api = createGraphqlClient({ apiUrl: host.url, token: host.apiKey });
  const graphql = async <TData>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<TData> => {
    const result = await api.request(query, variables, z.unknown());
    if (!result.success)
      throw new Error(`GraphQL failed: ${result.error.message}`);
    return result.data as TData;
  };
  return { host, api, graphql };
};

/**
 * The host with the demo's exchange rates and the Nordlys family loaded through the API,
 * its workflows done.
 */
export const startDemoFamilyHost = async (
  idleTimeoutMs = 300_000,
): Promise<AppHost> => {
  const app = await startAppHost({
    applicationVariables: {
      EXCHANGE_RATES: JSON.stringify(DEMO_EXCHANGE_RATES),
    },
  });
  const loaded = await loadDemoFamily(app.api, () => undefined);
  if (!loaded.success) throw new Error(loaded.error.message);
  await app.host.waitForIdle(idleTimeoutMs);
  return app;
};

/** One of the demo's deals, by the start of its name. */
export const demoDealNamed = (
  prefix: string,
): (typeof DEMO_OPPORTUNITIES)[number] => {
  const deal = DEMO_OPPORTUNITIES.find((candidate) =>
    candidate.name.startsWith(prefix),
  );
  if (deal === undefined) throw new Error(`No demo deal "${prefix}…"`);
  return deal;
};

/** Calls one of the app's routes (`/s/…`) with the host's API key: its status and JSON body. */
export const callAppRoute = async (
  app: AppHost,
  method: 'GET' | 'POST',
  route: string,
): Promise<{ status: number; body: Record<string, unknown> }> => {
  const response = await fetch(`${app.host.url}/s${route}`, {
    method,
    headers: {
      authorization: `Bearer ${app.host.apiKey}`,
      ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
    },
    ...(method === 'POST' ? { body: '{}' } : {}),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  };
};
