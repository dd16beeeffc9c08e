import { type FunctionRun } from '../database-events/database-events.service';
import { type AuthenticatedPrincipal } from '../host/principal.type';
import { type AppLogicFunction } from '../manifest/object-metadata.type';
import { type HttpAnswer, type RouteRequest } from './http-answer.type';

export type LogicFunctionRouteDependencies = {
  logicFunctions: AppLogicFunction[];
  authenticate: (
    authorization: string | undefined,
  ) => AuthenticatedPrincipal | undefined;
  runOnce: (request: {
    logicFunction: AppLogicFunction;
    payload: unknown;
    trigger: 'httpRoute';
    workspaceMemberId: string | null;
  }) => Promise<FunctionRun>;
};

const failure = (status: number, error: string, message: string) => ({
  status,
  body: { statusCode: status, error, messages: [message] },
});

const trimSlashes = (path: string) => path.replace(/\/+$/, '');

// Twenty: route/utils/build-logic-function-event.util.ts extractBody: a body that is not JSON
// reaches the function as `{ raw: <text> }`, an empty one as null.
const parseBody = (rawBody: string): unknown => {
  if (rawBody === '') return null;
  try {
    return JSON.parse(rawBody) as unknown;
  } catch {
    return { raw: rawBody };
  }
};

/**
 * Twenty matches `httpRouteTriggerSettings.path` with path-to-regexp's `match` (route-trigger
 * .service.ts getLogicFunctionWithPathParamsOrFail) and passes its params as pathParameters:
 * `/deals/:id` matches `/deals/42` with `{ id: '42' }`. This covers named `:param` segments
 * (decoded with decodeURIComponent), not path-to-regexp's wildcards or optional groups.
 */
export const matchRoutePath = (
  pattern: string,
  path: string,
): Record<string, string> | undefined => {
  const expected = trimSlashes(pattern).split('/');
  const actual = trimSlashes(path).split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? '';
    if (segment.startsWith(':') && segment.length > 1) {
      if (value === '') return undefined;
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (segment !== value) return undefined;
  }
  return params;
};

const isHttpResponse = (
  result: unknown,
): result is {
  __twentyHttpResponse: true;
  body: unknown;
  status?: number;
  headers?: Record<string, string>;
} =>
  typeof result === 'object' &&
  result !== null &&
  (result as { __twentyHttpResponse?: unknown }).__twentyHttpResponse === true;

/**
 * `/s/<path>`: runs the logic function whose httpRouteTriggerSettings match the method and
 * path, with the route payload (headers limited to forwardedRequestHeaders), and answers
 * with its result (or the status/headers/body of a twenty-sdk HTTP response).
 */
export class LogicFunctionRouteService {
  constructor(private readonly deps: LogicFunctionRouteDependencies) {}

  async handle(request: RouteRequest): Promise<HttpAnswer> {
    let pathParameters: Record<string, string> = {};
    const logicFunction = this.deps.logicFunctions.find((f) => {
      const route = f.httpRouteTriggerSettings;
      if (
        route === undefined ||
        route.httpMethod.toUpperCase() !== request.method.toUpperCase()
      )
        return false;
      const params = matchRoutePath(route.path, request.path);
      if (params === undefined) return false;
      pathParameters = params;
      return true;
    });
    const route = logicFunction?.httpRouteTriggerSettings;
    if (logicFunction === undefined || route === undefined) {
      return failure(
        404,
        'Not Found',
        `No route ${request.method} ${request.path}`,
      );
    }
    let workspaceMemberId: string | null = null;
    if (route.isAuthRequired) {
      const resolved = this.deps.authenticate(request.headers.authorization);
      if (resolved === undefined) {
        return failure(401, 'Unauthorized', 'Missing or invalid token');
      }
      if (resolved.principal.kind === 'user') {
        workspaceMemberId = resolved.principal.workspaceMemberId;
      }
    }
    const forwarded = route.forwardedRequestHeaders ?? [];
    const payload = {
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(([key]) =>
          forwarded.includes(key.toLowerCase()),
        ),
      ),
      queryStringParameters: request.query,
      pathParameters,
      body: parseBody(request.rawBody),
      rawBody: request.rawBody,
      isBase64Encoded: false,
      requestContext: { http: { method: request.method, path: request.path } },
      userWorkspaceId: null,
    };
    const run = await this.deps.runOnce({
      logicFunction,
      payload,
      trigger: 'httpRoute',
      workspaceMemberId,
    });
    if (run.status === 'failed') {
      return failure(
        500,
        'Internal Server Error',
        run.error?.message ?? 'Run failed',
      );
    }
    if (isHttpResponse(run.result)) {
      const response = run.result;
      return {
        status: response.status ?? 200,
        body: response.body,
        ...(response.headers === undefined
          ? {}
          : { headers: response.headers }),
      };
    }
    return { status: 200, body: run.result };
  }
}
