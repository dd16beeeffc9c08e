import { join } from 'node:path';

import { type StartTwentyHostOptions } from '../host/start-twenty-host';

export const FIXTURE_APP_DIR = join(
  __dirname,
  '..',
  '..',
  'test-fixtures',
  'app',
);

/** The fixture app (a `widget` object, fields on company, seven logic functions). */
export const fixtureHostOptions = (
  overrides: StartTwentyHostOptions = {},
): StartTwentyHostOptions => ({
  manifestPath: join(FIXTURE_APP_DIR, 'manifest.json'),
  bundlesDir: FIXTURE_APP_DIR,
  ...(process.env.DATABASE_URL === undefined
    ? {}
    : { databaseUrl: process.env.DATABASE_URL }),
  // Twenty's retry backoff (0.5–4 s) and the rate-limit refill run 4× faster than real time.
  timeScale: 4,
  ...overrides,
});

export type GraphqlResponse = {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: {
    message: string;
    extensions?: { code?: string; subCode?: string };
  }[];
};

export const createGraphqlClient =
  (url: string, defaultToken: string) =>
  async (
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = defaultToken,
  ): Promise<GraphqlResponse> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResponse, 'status'>;
    return { status: response.status, ...body };
  };
