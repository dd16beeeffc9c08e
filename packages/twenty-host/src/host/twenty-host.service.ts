import { randomBytes, randomUUID } from 'node:crypto';

import { type GraphQLSchema, printSchema } from 'graphql';

import { HostClockService } from '../clock/host-clock.service';
import { DatabaseService } from '../database/database.service';
import {
  DatabaseEventsService,
  type EventFaults,
  type FunctionRun,
} from '../database-events/database-events.service';
import {
  FunctionRunnerService,
  type FunctionRunOutcome,
} from '../function-runner/function-runner.service';
import {
  type GraphqlRequestBody,
  executeGraphqlRequest,
  prepareGraphqlRequest,
} from '../graphql-schema/graphql-api.service';
import { buildWorkspaceSchema } from '../graphql-schema/graphql-schema.service';
import {
  buildMetadataRoot,
  buildMetadataSchema,
} from '../graphql-schema/metadata-schema.service';
import { loadWorkspaceMetadata } from '../manifest/manifest.service';
import {
  type AppLogicFunction,
  type WorkspaceMetadata,
} from '../manifest/object-metadata.type';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import {
  DATABASE_EVENT_ACTIONS,
  type DatabaseEventAction,
  type RecordEvent,
  type WriteContext,
} from '../records/record-event.type';
import { RecordsException } from '../records/records.exception';
import { RecordsService } from '../records/records.service';

export type TwentyHostOptions = {
  /** `.twenty/output/manifest.json` of a twenty-sdk build; standard objects only when absent. */
  manifestPath?: string;
  /** Folder holding the built bundles (`builtHandlerPath` is relative to it). */
  bundlesDir?: string;
  /** PostgreSQL URL; embedded PGlite when absent or empty. */
  databaseUrl?: string;
  port?: number;
  /** App token bucket (Twenty: 500 per 60 s). */
  rateLimit?: { limit: number; windowMs: number };
  /** Trigger jobs the app may enqueue (Twenty: 500 per 60 s); excess deliveries are skipped. */
  jobEnqueueLimit?: { limit: number; windowMs: number };
  /** QUERY_MAX_RECORDS (default 200). */
  queryMaxRecords?: number;
  /** Parallel logic-function runs (default 4). */
  concurrency?: number;
  /**
   * Host time runs this many times faster than real time (default 1): the rate-limit bucket,
   * Twenty's retry backoff, fault delays, queued-job delays and the clock of logic-function
   * processes follow it (the kill timeout of a run stays in real seconds).
   */
  timeScale?: number;
  /** Values an admin set for the app's variables; they override the manifest's defaults. */
  applicationVariables?: Record<string, string>;
};

export type HttpAnswer = {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
};

type Principal =
  | { kind: 'apiKey' }
  | { kind: 'user'; workspaceMemberId: string }
  | {
      kind: 'application';
      runId?: string;
      functionName?: string;
      failAtRequest?: number;
    };

const WORKSPACE_ID = '20202020-1c25-4d02-bf25-6aeccf7ea419';

const unauthenticated = (message: string): HttpAnswer => ({
  status: 200,
  body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] },
});

// Everything a host instance owns; the Nest controllers call into it.
export class TwentyHostService {
  readonly apiKey = `th_api_${randomBytes(16).toString('hex')}`;
  readonly appToken = `th_app_${randomBytes(16).toString('hex')}`;
  readonly workspaceId = WORKSPACE_ID;
  private readonly tokens = new Map<string, Principal>();
  private baseUrl = 'http://127.0.0.1';
  readonly rateLimit: RateLimitService;
  readonly clock: HostClockService;
  readonly events: DatabaseEventsService;
  readonly records: RecordsService;
  private readonly metadataSchema = buildMetadataSchema();
  private readonly variableOverrides: Record<string, string>;
  private readonly metadataRoot: ReturnType<typeof buildMetadataRoot>;

  private constructor(
    readonly metadata: WorkspaceMetadata,
    readonly schema: GraphQLSchema,
    private readonly database: DatabaseService,
    private readonly runner: FunctionRunnerService | null,
    options: TwentyHostOptions,
  ) {
    this.variableOverrides = options.applicationVariables ?? {};
    this.tokens.set(this.apiKey, { kind: 'apiKey' });
    this.tokens.set(this.appToken, { kind: 'application' });
    this.clock = new HostClockService({ timeScale: options.timeScale ?? 1 });
    const now = () => this.clock.now();
    this.rateLimit = new RateLimitService({
      settings: options.rateLimit ?? { limit: 500, windowMs: 60_000 },
      now,
    });
    const enqueueLimit = new RateLimitService({
      settings: options.jobEnqueueLimit ?? { limit: 500, windowMs: 60_000 },
      now,
    });
    this.events = new DatabaseEventsService({
      app: metadata.app,
      workspaceId: WORKSPACE_ID,
      execute: (request) => this.executeRun(request),
      concurrency: options.concurrency ?? 4,
      clock: this.clock,
      requestsOfRun: (runId) => this.rateLimit.requestCount(`run:${runId}`),
      tryEnqueue: () => enqueueLimit.tryConsume({ key: 'enqueue', cost: 1 }),
    });
    this.metadataRoot = buildMetadataRoot({
      enqueue: (request) => {
        const logicFunction = this.findFunction(
          request.logicFunctionUniversalIdentifier,
        );
        return this.events.enqueueJobs({ logicFunction, ...request });
      },
      getJobs: (jobIds) =>
        jobIds.flatMap((jobId) => {
          const status = this.events.jobs.get(jobId);
          return status === undefined ? [] : [status];
        }),
    });
    this.records = new RecordsService(
      database,
      metadata,
      { queryMaxRecords: options.queryMaxRecords ?? 200 },
      (batches) => this.events.publish(batches),
    );
  }

  static async create(options: TwentyHostOptions): Promise<TwentyHostService> {
    const metadata = loadWorkspaceMetadata(options.manifestPath);
    const schema = buildWorkspaceSchema(metadata);
    const database = await DatabaseService.connect(options.databaseUrl);
    try {
      await database.createTables(metadata);
      const hasFunctions = (metadata.app?.logicFunctions.length ?? 0) > 0;
      const runner =
        hasFunctions && options.bundlesDir !== undefined
          ? await FunctionRunnerService.prepare({
              bundlesDir: options.bundlesDir,
              schemaSdl: printSchema(schema),
            })
          : null;
      return new TwentyHostService(metadata, schema, database, runner, options);
    } catch (error) {
      await database.close();
      throw error;
    }
  }

  setBaseUrl(url: string): void {
    this.baseUrl = url;
  }

  get faults(): EventFaults {
    return this.events.faults;
  }

  get runs(): FunctionRun[] {
    return this.events.runs;
  }

  get isPglite(): boolean {
    return this.database.isPglite;
  }

  /** A token acting as a workspace member (events then carry workspaceMemberId). */
  createUserToken(workspaceMemberId: string): string {
    const token = `th_user_${randomBytes(16).toString('hex')}`;
    this.tokens.set(token, { kind: 'user', workspaceMemberId });
    return token;
  }

  /** Requests sent with `token`; for the app token, all of the app's requests. */
  requestCount(token: string): number {
    if (token === this.appToken) return this.rateLimit.requestCount('app');
    return this.rateLimit.requestCount(`token:${token}`);
  }

  private resolvePrincipal(
    authorization: string | undefined,
  ): { token: string; principal: Principal } | undefined {
    const token = authorization?.replace(/^Bearer\s+/i, '').trim();
    if (token === undefined || token === '') return undefined;
    const principal = this.tokens.get(token);
    return principal === undefined ? undefined : { token, principal };
  }

  private writeContextOf(principal: Principal): WriteContext {
    switch (principal.kind) {
      case 'apiKey':
        return {
          actor: {
            source: 'API',
            workspaceMemberId: null,
            name: 'API key',
            context: {},
          },
        };
      case 'user':
        return {
          actor: {
            source: 'MANUAL',
            workspaceMemberId: principal.workspaceMemberId,
            name: 'Workspace member',
            context: {},
          },
          workspaceMemberId: principal.workspaceMemberId,
        };
      case 'application':
        return {
          actor: {
            source: 'APPLICATION',
            workspaceMemberId: null,
            name: this.metadata.app?.displayName ?? 'Application',
            context: {},
          },
        };
    }
  }

  handleGraphql(
    authorization: string | undefined,
    body: GraphqlRequestBody,
  ): Promise<HttpAnswer> {
    return this.handleApi('core', authorization, body);
  }

  /** `/metadata`: the job utilities of twenty-sdk/logic-function (enqueueJob(s), getJobs). */
  handleMetadata(
    authorization: string | undefined,
    body: GraphqlRequestBody,
  ): Promise<HttpAnswer> {
    return this.handleApi('metadata', authorization, body);
  }

  private async handleApi(
    api: 'core' | 'metadata',
    authorization: string | undefined,
    body: GraphqlRequestBody,
  ): Promise<HttpAnswer> {
    const schema = api === 'core' ? this.schema : this.metadataSchema;
    const resolved = this.resolvePrincipal(authorization);
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
    this.rateLimit.countRequest(counterKeys);
    if (
      principal.kind === 'application' &&
      principal.runId !== undefined &&
      principal.failAtRequest !== undefined &&
      this.rateLimit.requestCount(`run:${principal.runId}`) ===
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
      !this.rateLimit.tryConsume({
        key: 'app',
        cost: prepared.rootFieldCount,
      })
    ) {
      return {
        status: 200,
        body: {
          errors: [
            {
              message: this.rateLimit.limitMessage,
              extensions: {
                code: 'BAD_USER_INPUT',
                subCode: 'LIMIT_REACHED',
                userFriendlyMessage: this.rateLimit.limitMessage,
              },
            },
          ],
        },
      };
    }
    const result = await executeGraphqlRequest(
      schema,
      prepared,
      { records: this.records, writeContext: this.writeContextOf(principal) },
      api === 'core' ? undefined : this.metadataRoot,
    );
    return { status: 200, body: result };
  }

  private envForRun(
    runId: string,
    logicFunction: AppLogicFunction,
  ): Record<string, string> {
    const failure = this.events.faults.failures.find(
      (f) =>
        f.remaining > 0 &&
        (f.functionName === undefined || f.functionName === logicFunction.name),
    );
    if (failure !== undefined) failure.remaining -= 1;
    const runToken = `th_run_${randomBytes(16).toString('hex')}`;
    this.tokens.set(runToken, {
      kind: 'application',
      runId,
      functionName: logicFunction.name,
      ...(failure === undefined ? {} : { failAtRequest: failure.atRequest }),
    });
    return {
      ...(this.metadata.app?.applicationVariables ?? {}),
      ...this.variableOverrides,
      TWENTY_API_URL: this.baseUrl,
      TWENTY_APP_ACCESS_TOKEN: runToken,
      TWENTY_APP_APPLICATION_ACCESS_TOKEN: runToken,
      TWENTY_FUNCTIONS_URL: `${this.baseUrl}/s`,
      APPLICATION_ID: this.metadata.app?.universalIdentifier ?? '',
    };
  }

  /** Publishes recorded event batches again; names are `<nameSingular>.<action>`. */
  replayEvents(batches: { name: string; events: RecordEvent[] }[]): void {
    this.events.publish(
      batches.map((batch) => {
        const [nameSingular = '', action = ''] = batch.name.split('.');
        const object = this.metadata.objects.find(
          (candidate) => candidate.nameSingular === nameSingular,
        );
        if (
          object === undefined ||
          !(DATABASE_EVENT_ACTIONS as readonly string[]).includes(action)
        ) {
          throw new RecordsException(
            `Cannot replay "${batch.name}": unknown object or action`,
            'INVALID_INPUT',
          );
        }
        return {
          name: batch.name,
          action: action as DatabaseEventAction,
          object,
          events: batch.events,
        };
      }),
    );
  }

  private executeRun(request: {
    runId: string;
    logicFunction: AppLogicFunction;
    payload: unknown;
    context: {
      retryCount: number;
      maxRetries: number;
      workspaceId: string;
      userWorkspaceId: string | null;
      workspaceMemberId: string | null;
    };
  }): Promise<FunctionRunOutcome> {
    if (this.runner === null) {
      return Promise.resolve({
        ok: false,
        error: {
          name: 'FunctionRunnerException',
          message:
            'The host was started without bundlesDir: logic functions cannot run',
        },
      });
    }
    return this.runner.run({
      logicFunction: request.logicFunction,
      payload: request.payload,
      context: request.context,
      env: this.envForRun(request.runId, request.logicFunction),
      clock: this.clock.snapshot(),
    });
  }

  private findFunction(name: string): AppLogicFunction {
    const logicFunction = this.metadata.app?.logicFunctions.find(
      (f) => f.name === name || f.universalIdentifier === name,
    );
    if (logicFunction === undefined) {
      throw new RecordsException(
        `No logic function "${name}" in the app's manifest`,
        'RECORD_NOT_FOUND',
      );
    }
    return logicFunction;
  }

  /** Runs a cron-triggered function now, as the cron scheduler would. */
  async runCron(name: string): Promise<FunctionRun> {
    const logicFunction = this.findFunction(name);
    if (logicFunction.cronTriggerSettings === undefined) {
      throw new Error(`Logic function "${name}" has no cron trigger`);
    }
    return this.events.runOnce({ logicFunction, payload: {}, trigger: 'cron' });
  }

  async handleRoute(request: {
    method: string;
    path: string;
    headers: Record<string, string | undefined>;
    query: Record<string, string | undefined>;
    rawBody: string;
  }): Promise<HttpAnswer> {
    const logicFunction = this.metadata.app?.logicFunctions.find((f) => {
      const route = f.httpRouteTriggerSettings;
      return (
        route !== undefined &&
        route.path.replace(/\/+$/, '') === request.path.replace(/\/+$/, '') &&
        route.httpMethod.toUpperCase() === request.method.toUpperCase()
      );
    });
    const route = logicFunction?.httpRouteTriggerSettings;
    if (logicFunction === undefined || route === undefined) {
      return {
        status: 404,
        body: {
          statusCode: 404,
          error: 'Not Found',
          messages: [`No route ${request.method} ${request.path}`],
        },
      };
    }
    let workspaceMemberId: string | null = null;
    if (route.isAuthRequired) {
      const resolved = this.resolvePrincipal(request.headers.authorization);
      if (resolved === undefined) {
        return {
          status: 401,
          body: {
            statusCode: 401,
            error: 'Unauthorized',
            messages: ['Missing or invalid token'],
          },
        };
      }
      if (resolved.principal.kind === 'user') {
        workspaceMemberId = resolved.principal.workspaceMemberId;
      }
    }
    let body: unknown = null;
    if (request.rawBody !== '') {
      try {
        body = JSON.parse(request.rawBody);
      } catch {
        body = request.rawBody;
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
      pathParameters: {},
      body,
      rawBody: request.rawBody,
      isBase64Encoded: false,
      requestContext: { http: { method: request.method, path: request.path } },
      userWorkspaceId: null,
    };
    const run = await this.events.runOnce({
      logicFunction,
      payload,
      trigger: 'httpRoute',
      workspaceMemberId,
    });
    if (run.status === 'failed') {
      return {
        status: 500,
        body: {
          statusCode: 500,
          error: 'Internal Server Error',
          messages: [run.error?.message ?? 'Run failed'],
        },
      };
    }
    const result = run.result;
    if (
      typeof result === 'object' &&
      result !== null &&
      (result as { __twentyHttpResponse?: unknown }).__twentyHttpResponse ===
        true
    ) {
      const response = result as {
        body: unknown;
        status?: number;
        headers?: Record<string, string>;
      };
      return {
        status: response.status ?? 200,
        body: response.body,
        ...(response.headers === undefined
          ? {}
          : { headers: response.headers }),
      };
    }
    return { status: 200, body: result };
  }

  async stop(): Promise<void> {
    this.events.stop();
    this.runner?.dispose();
    await this.database.close();
  }

  newId(): string {
    return randomUUID();
  }
}
