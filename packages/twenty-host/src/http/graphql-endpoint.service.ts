import { type GraphQLSchema } from 'graphql';

import {
  type GraphqlRequestBody,
  executeGraphqlRequest,
  prepareGraphqlRequest,
} from '../graphql-schema/graphql-api.service';
import {
  type AuthenticatedPrincipal,
  type Principal,
} from '../host/principal.type';
import { type GroupByQueryRunnerService } from '../group-by/group-by-query-runner.service';
import { type RateLimitService } from '../rate-limit/rate-limit.service';
import { type WriteContext } from '../records/record-event.type';
import { type RecordsService } from '../records/records.service';
import { type HttpAnswer } from './http-answer.type';

export type GraphqlApi = 'core' | 'metadata';

export type GraphqlEndpointDependencies = {
  authenticate: (
    authorization: string | undefined,
  ) => AuthenticatedPrincipal | undefined;
  writeContextOf: (principal: Principal) => WriteContext;
  rateLimit: RateLimitService;
  records: RecordsService;
  groupBy: GroupByQueryRunnerService;
  schemas: Record<GraphqlApi, GraphQLSchema>;
  /** Root value of the `/metadata` schema (its resolvers). */
  metadataRoot: unknown;
};

const unauthenticated = (message: string): HttpAnswer => ({
  status: 200,
  body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
});

/**
 * `POST /graphql` (workspace API, "core") and `POST /metadata` (the job utilities of
 * twenty-sdk/logic-function: enqueueJob(s), getJobs): authenticate, count, apply the app
 * token bucket, then validate and execute (Twenty: engine/api/graphql/core-graphql-api and
 * metadata-graphql-api modules behind the Yoga driver).
 */
export class GraphqlEndpointService {
  constructor(private readonly deps: GraphqlEndpointDependencies) {}

  async handle({
    api,
    authorization,
    body,
  }: {
    api: GraphqlApi;
    authorization: string | undefined;
    body: GraphqlRequestBody;
  }): Promise<HttpAnswer> {
    const { rateLimit } = this.deps;
    const schema = this.deps.schemas[api];
    const resolved = this.deps.authenticate(authorization);
    if (resolved === undefined) {
      return unauthenticated(
        authorization === undefined
          ? 'Missing authentication token'
          : 'Invalid token',
      );
    }
    const { token, principal } = resolved;
    const counterKeys = [`token:${token}`];
    if (principal.kind === 'application') {
      counterKeys.push('app');
      if (principal.runId !== undefined)
        counterKeys.push(`run:${principal.runId}`);
    }
    rateLimit.countRequest(counterKeys);
    if (
      principal.kind === 'application' &&
      principal.runId !== undefined &&
      principal.failAtRequest !== undefined &&
      rateLimit.requestCount(`run:${principal.runId}`) ===
        principal.failAtRequest
    ) {
      return {
        status: 500,
        body: {
          errors: [
            {
              message: `Injected fault: request ${principal.failAtRequest} of run ${principal.runId} failed`,
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        },
      };
    }
    const prepared = prepareGraphqlRequest(schema, body);
    if (!prepared.ok) return { status: 200, body: prepared.result };
    if (
      principal.kind === 'application' &&
      !rateLimit.tryConsume({ key: 'app', cost: prepared.rootFieldCount })
    ) {
      return {
        status: 200,
        body: {
          errors: [
            {
              message: rateLimit.limitMessage,
              extensions: {
                code: 'BAD_USER_INPUT',
                subCode: 'LIMIT_REACHED',
                userFriendlyMessage: rateLimit.limitMessage,
              },
            },
          ],
        },
      };
    }
    const result = await executeGraphqlRequest(
      schema,
      prepared,
      {
        records: this.deps.records,
        groupBy: this.deps.groupBy,
        writeContext: this.deps.writeContextOf(principal),
      },
      api === 'core' ? undefined : this.deps.metadataRoot,
    );
    return { status: 200, body: result };
  }
}
