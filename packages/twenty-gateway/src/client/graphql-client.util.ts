import { z } from 'zod';

import { fail, ok, type Result } from '@global-accounts/domain';

import { countRootFields } from './count-root-fields.util';
import { type GatewayError } from './gateway-error.type';
import { SYSTEM_GATEWAY_CLOCK, type GatewayClock } from './gateway-clock.type';
import {
  computeRateLimitWait,
  readRateLimitBudget,
} from './rate-limit-wait.util';

export type GraphqlClientConfig = {
  /** Twenty's API base URL (TWENTY_API_URL); the workspace API is at `<apiUrl>/graphql`. */
  apiUrl: string;
  /** The app's access token (TWENTY_APP_ACCESS_TOKEN). Never logged. */
  token: string;
  fetch?: typeof fetch;
  /**
   * Back-pressure: on LIMIT_REACHED (or HTTP 429) the client waits for the bucket to refill
   * and asks again, as long as the retry can start before this time (epoch ms). Absent: a
   * refusal is returned at once.
   */
  waitForBudgetUntil?: number;
  clock?: GatewayClock;
};

export type GraphqlClient = {
  request: <TData>(
    document: string,
    variables: Record<string, unknown>,
    schema: z.ZodType<TData>,
  ) => Promise<Result<TData, GatewayError>>;
  /** Requests sent so far (refused ones included): tests and benchmarks count them per event. */
  requestCount: () => number;
  /**
   * What the requests accepted so far cost of the app's API budget: Twenty takes one token
   * per root field (root resolver call), so a document with five root fields costs five.
   */
  tokensUsed: () => number;
  /** Time spent waiting for the rate-limit bucket so far (ms). */
  waitedMs: () => number;
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

const retryAfterMs = (response: Response): number | undefined => {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
};

type Attempt = {
  result: Result<unknown, GatewayError>;
  /** Set when the server asked us to come back later (429) and said when. */
  retryAfterMs?: number;
};

const sendOnce = async (
  send: typeof fetch,
  url: string,
  token: string,
  body: string,
): Promise<Attempt> => {
  let response: Response;
  try {
    response = await send(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body,
    });
  } catch (error) {
    return {
      result: fail({
        code: 'HTTP_ERROR',
        status: 0,
        message: `Twenty could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      }),
    };
  }
  if (response.status === 429)
    return {
      result: fail({
        code: 'RATE_LIMITED',
        message: 'Twenty answered 429: the app rate limit is reached',
      }),
      retryAfterMs: retryAfterMs(response),
    };
  const parsed = await readBody(response);
  if (!parsed.success) return { result: parsed };
  const envelope = envelopeSchema.safeParse(parsed.data);
  if (!envelope.success)
    return {
      result: fail({
        code: 'INVALID_RESPONSE',
        message: 'Twenty answered without data or errors',
      }),
    };
  if (envelope.data.errors !== undefined && envelope.data.errors.length > 0)
    return { result: fail(toGraphqlError(envelope.data.errors)) };
  if (!response.ok)
    return {
      result: fail({
        code: 'HTTP_ERROR',
        status: response.status,
        message: `Twenty answered HTTP ${response.status}`,
      }),
    };
  return { result: ok(envelope.data.data) };
};

export const createGraphqlClient = (
  config: GraphqlClientConfig,
): GraphqlClient => {
  const send = config.fetch ?? fetch;
  const clock = config.clock ?? SYSTEM_GATEWAY_CLOCK;
  const url = `${config.apiUrl.replace(/\/$/, '')}/graphql`;
  let sent = 0;
  let tokens = 0;
  let waited = 0;
  const request: GraphqlClient['request'] = async (
    document,
    variables,
    schema,
  ) => {
    const body = JSON.stringify({ query: document, variables });
    const cost = countRootFields(document);
    for (let refusals = 0; ; refusals += 1) {
      sent += 1;
      const attempt = await sendOnce(send, url, config.token, body);
      const { result } = attempt;
      if (result.success || result.error.code !== 'RATE_LIMITED')
        tokens += cost;
      if (result.success) {
        const data = schema.safeParse(result.data);
        return data.success
          ? ok(data.data)
          : fail({
              code: 'INVALID_RESPONSE',
              message: z.prettifyError(data.error),
            });
      }
      if (result.error.code !== 'RATE_LIMITED') return result;
      const wait =
        attempt.retryAfterMs ??
        computeRateLimitWait({
          budget: readRateLimitBudget(result.error.message),
          attempt: refusals,
          random: clock.random(),
        });
      const until = config.waitForBudgetUntil;
      if (until === undefined || clock.now() + wait > until)
        return refusals === 0
          ? result
          : fail({
              code: 'RATE_LIMITED',
              message: `${result.error.message} (still refused after waiting ${waited} ms in this run)`,
            });
      await clock.sleep(wait);
      waited += wait;
    }
  };
  return {
    request,
    requestCount: () => sent,
    tokensUsed: () => tokens,
    waitedMs: () => waited,
  };
};
