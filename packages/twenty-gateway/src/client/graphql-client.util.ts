import { z } from 'zod';

import { fail, ok, type Result } from '@global-accounts/domain';

import { type GatewayError } from './gateway-error.type';

export type GraphqlClientConfig = {
  /** Twenty's API base URL (TWENTY_API_URL); the workspace API is at `<apiUrl>/graphql`. */
  apiUrl: string;
  /** The app's access token (TWENTY_APP_ACCESS_TOKEN). Never logged. */
  token: string;
  fetch?: typeof fetch;
};

export type GraphqlClient = {
  request: <TData>(
    document: string,
    variables: Record<string, unknown>,
    schema: z.ZodType<TData>,
  ) => Promise<Result<TData, GatewayError>>;
  /** Requests sent so far: tests and benchmarks count them per event. */
  requestCount: () => number;
};

const envelopeSchema = z.object({
  data: z.unknown().optional(),
  errors: z
    .array(
      z
        .object({
          message: z.string(),
          extensions: z
            .object({
              code: z.string().optional(),
              subCode: z.string().optional(),
            })
            .loose()
            .optional(),
        })
        .loose(),
    )
    .optional(),
});

const toGraphqlError = (
  errors: NonNullable<z.infer<typeof envelopeSchema>['errors']>,
): GatewayError => {
  const first = errors[0];
  const message = errors.map((error) => error.message).join('; ');
  if (first?.extensions?.subCode === 'LIMIT_REACHED')
    return { code: 'RATE_LIMITED', message };
  return {
    code: 'GRAPHQL_ERROR',
    graphqlCode: first?.extensions?.code ?? 'UNKNOWN',
    message,
  };
};

const readBody = async (
  response: Response,
): Promise<Result<unknown, GatewayError>> => {
  try {
    return ok(await response.json());
  } catch {
    return fail({
      code: 'HTTP_ERROR',
      status: response.status,
      message: `Twenty answered ${response.status} with a body that is not JSON`,
    });
  }
};

export const createGraphqlClient = (
  config: GraphqlClientConfig,
): GraphqlClient => {
  const send = config.fetch ?? fetch;
  let sent = 0;
  const request: GraphqlClient['request'] = async (
    document,
    variables,
    schema,
  ) => {
    sent += 1;
    let response: Response;
    try {
      response = await send(`${config.apiUrl.replace(/\/$/, '')}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${config.token}`,
        },
        body: JSON.stringify({ query: document, variables }),
      });
    } catch (error) {
      return fail({
        code: 'HTTP_ERROR',
        status: 0,
        message: `Twenty could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    if (response.status === 429)
      return fail({
        code: 'RATE_LIMITED',
        message: 'Twenty answered 429: the app rate limit is reached',
      });
    const body = await readBody(response);
    if (!body.success) return body;
    const envelope = envelopeSchema.safeParse(body.data);
    if (!envelope.success)
      return fail({
        code: 'INVALID_RESPONSE',
        message: 'Twenty answered without data or errors',
      });
    if (envelope.data.errors !== undefined && envelope.data.errors.length > 0)
      return fail(toGraphqlError(envelope.data.errors));
    if (!response.ok)
      return fail({
        code: 'HTTP_ERROR',
        status: response.status,
        message: `Twenty answered HTTP ${response.status}`,
      });
    const data = schema.safeParse(envelope.data.data);
    return data.success
      ? ok(data.data)
      : fail({
          code: 'INVALID_RESPONSE',
          message: z.prettifyError(data.error),
        });
  };
  return { request, requestCount: () => sent };
};
