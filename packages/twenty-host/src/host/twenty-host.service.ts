import { FrontComponentPreviewService } from '../front-components/front-component-preview.service';
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
import { TimelineActivityWriter } from '../timeline/timeline-activity-writer.service';
import {
  DATABASE_EVENT_ACTIONS,
  type DatabaseEventAction,
  type RecordEvent,
  type WriteContext,
} from '../records/record-event.type';
import { RecordsException } from '../records/records.exception';
import { RecordsService } from '../records/records.service';
import { type RolePermissions } from '../permissions/object-permissions.type';
import { computeRolePermissions } from '../permissions/compute-role-permissions.util';
import { findAssignableRole } from '../permissions/find-assignable-role.util';
import { GroupByQueryRunnerService } from '../group-by/group-by-query-runner.service';
import { GraphqlEndpointService } from '../http/graphql-endpoint.service';
import { LogicFunctionRouteService } from '../http/logic-function-route.service';
import { type AuthenticatedPrincipal, type Principal } from './principal.type';
import {
  type ApplicationsHandler,
  type HealthCheckAnswer,
} from '../applications/applications-handler.type';
import { toHealthCheckAnswer } from '../applications/to-health-check-answer.util';
import { ApplicationException } from '../applications/application.exception';

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
  /**
   * Host time at start (epoch ms; default: now): a test runs on a chosen day, the app's
   * functions see it through Date.now().
   */
  startAt?: number;
  /** Values an admin set for the app's variables; they override the manifest's defaults. */
  applicationVariables?: Record<string, string>;
  /**
   * The version the host reports as Twenty's (checked against an app's `engines.twenty`
   * when it is published or installed). Default: the twenty-sdk version the project builds with.
   */
  serverVersion?: string;
};

/** What a workspace keeps when its app changes (install, upgrade, uninstall): the host swaps services. */
export type CarriedWorkspace = {
  database: DatabaseService;
  previousMetadata: WorkspaceMetadata;
  apiKey: string;
  appToken: string;
  applications: ApplicationsHandler;
};

const WORKSPACE_ID = '20202020-1c25-4d02-bf25-6aeccf7ea419';

// Everything a host instance owns; the HTTP module (../http) serves it.
export class TwentyHostService {
  readonly apiKey: string;
  readonly appToken: string;
  readonly workspaceId = WORKSPACE_ID;
  private readonly tokens = new Map<string, Principal>();
  private baseUrl = 'http://127.0.0.1';
  readonly rateLimit: RateLimitService;
  readonly clock: HostClockService;
  readonly events: DatabaseEventsService;
  readonly records: RecordsService;
  private readonly timeline: TimelineActivityWriter;
  private readonly metadataSchema = buildMetadataSchema();
  readonly database: DatabaseService;
  private readonly variableOverrides: Record<string, string>;
  private readonly metadataRoot: ReturnType<typeof buildMetadataRoot>;
  /** The app's default role (Twenty: an application token acts with it). */
  private readonly appPermissions: RolePermissions;
  readonly graphqlEndpoint: GraphqlEndpointService;
  readonly logicFunctionRoutes: LogicFunctionRouteService;
  readonly frontComponents: FrontComponentPreviewService;

  private constructor(
    readonly metadata: WorkspaceMetadata,
    readonly schema: GraphQLSchema,
    database: DatabaseService,
    private readonly runner: FunctionRunnerService | null,
    options: TwentyHostOptions,
    carried: Partial<CarriedWorkspace>,
  ) {
    this.database = database;
    this.apiKey = carried.apiKey ?? `th_api_${randomBytes(16).toString('hex')}`;
    this.appToken =
      carried.appToken ?? `th_app_${randomBytes(16).toString('hex')}`;
    this.variableOverrides = options.applicationVariables ?? {};
    const appRoleId = metadata.app?.defaultRoleUniversalIdentifier;
    this.appPermissions = computeRolePermissions({
      metadata,
      role:
        (metadata.roles ?? []).find(
          (role) => role.universalIdentifier === appRoleId,
        ) ?? null,
    });
    this.tokens.set(this.apiKey, { kind: 'apiKey' });
    this.tokens.set(this.appToken, { kind: 'application' });
    this.clock = new HostClockService({
      timeScale: options.timeScale ?? 1,
      ...(options.startAt === undefined ? {} : { hostEpoch: options.startAt }),
    });
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
      applications: carried.applications ?? null,
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
    this.records = new RecordsService({
      database,
      metadata,
      limits: { queryMaxRecords: options.queryMaxRecords ?? 200 },
      onCommitted: (batches) => {
        this.events.publish(batches);
        const written = this.timeline.record(batches);
        if (written !== null) this.events.track(written);
      },
    });
    this.timeline = new TimelineActivityWriter({
      records: this.records,
      types: metadata.app?.timelineActivityTypes ?? [],
      objects: metadata.objects,
      onError: (error) =>
        console.error('[twenty-host] timeline activity not written:', error),
    });
    const authenticate = (authorization: string | undefined) =>
      this.authenticate(authorization);
    this.graphqlEndpoint = new GraphqlEndpointService({
      authenticate,
      writeContextOf: (principal) => this.writeContextOf(principal),
      rateLimit: this.rateLimit,
      records: this.records,
      groupBy: new GroupByQueryRunnerService(database),
      schemas: { core: schema, metadata: this.metadataSchema },
      metadataRoot: this.metadataRoot,
    });
    this.logicFunctionRoutes = new LogicFunctionRouteService({
      logicFunctions: metadata.app?.logicFunctions ?? [],
      authenticate,
      runOnce: (request) => this.events.runOnce(request),
    });
    this.frontComponents = new FrontComponentPreviewService(
      options.manifestPath,
      options.bundlesDir,
      this.apiKey,
    );
  }

  static async create(
    options: TwentyHostOptions,
    carried: Partial<CarriedWorkspace> = {},
  ): Promise<TwentyHostService> {
    const metadata = loadWorkspaceMetadata(options.manifestPath);
    const schema = buildWorkspaceSchema(metadata);
    const database =
      carried.database ?? (await DatabaseService.connect(options.databaseUrl));
    try {
      await database.migrateTables({
        from: carried.previousMetadata ?? null,
        to: metadata,
      });
      const hasFunctions = (metadata.app?.logicFunctions.length ?? 0) > 0;
      const runner =
        hasFunctions && options.bundlesDir !== undefined
          ? await FunctionRunnerService.prepare({
              bundlesDir: options.bundlesDir,
              schemaSdl: printSchema(schema),
            })
          : null;
      return new TwentyHostService(
        metadata,
        schema,
        database,
        runner,
        options,
        carried,
      );
    } catch (error) {
      if (carried.database === undefined) await database.close();
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

  /**
   * A token acting as a workspace member (events then carry workspaceMemberId). Without
   * `roleUniversalIdentifier` the member is an admin; with it, the member acts with that role
   * of the manifest (Twenty refuses a role with canBeAssignedToUsers false).
   */
  createUserToken(
    workspaceMemberId: string,
    options: { roleUniversalIdentifier?: string } = {},
  ): string {
    const token = `th_user_${randomBytes(16).toString('hex')}`;
    this.tokens.set(token, {
      kind: 'user',
      workspaceMemberId,
      ...this.permissionsOf({
        roleUniversalIdentifier: options.roleUniversalIdentifier,
        assignee: 'users',
      }),
    });
    return token;
  }

  /**
   * An API key acting with a role of the manifest (Twenty: an API key acts with its role,
   * engine/twenty-orm/utils/resolve-role-ids-from-auth-context.util.ts). Twenty refuses a role
   * with canBeAssignedToApiKeys false. `apiKey` is the admin key.
   */
  createApiKey({
    roleUniversalIdentifier,
  }: {
    roleUniversalIdentifier: string;
  }): string {
    const token = `th_api_${randomBytes(16).toString('hex')}`;
    this.tokens.set(token, {
      kind: 'apiKey',
      ...this.permissionsOf({ roleUniversalIdentifier, assignee: 'apiKeys' }),
    });
    return token;
  }

  private permissionsOf({
    roleUniversalIdentifier,
    assignee,
  }: {
    roleUniversalIdentifier: string | undefined;
    assignee: 'users' | 'apiKeys';
  }): { permissions?: RolePermissions } {
    if (roleUniversalIdentifier === undefined) return {};
    const role = findAssignableRole({
      roles: this.metadata.roles ?? [],
      roleUniversalIdentifier,
      assignee,
    });
    return {
      permissions: computeRolePermissions({ metadata: this.metadata, role }),
    };
  }

  /** Requests sent with `token`; for the app token, all of the app's requests. */
  /** Tokens the app's budget gave the app token's requests (other tokens take none). */
  appTokenCount(): number {
    return this.rateLimit.tokenCount('app');
  }

  requestCount(token: string): number {
    if (token === this.appToken) return this.rateLimit.requestCount('app');
    return this.rateLimit.requestCount(`token:${token}`);
  }

  /** The token of an `Authorization: Bearer …` header and who it acts as. */
  authenticate(
    authorization: string | undefined,
  ): AuthenticatedPrincipal | undefined {
    const token = authorization?.replace(/^Bearer\s+/i, '').trim();
    if (token === undefined || token === '') return undefined;
    const principal = this.tokens.get(token);
    return principal === undefined ? undefined : { token, principal };
  }

  private writeContextOf(principal: Principal): WriteContext {
    const permissions =
      principal.kind === 'application'
        ? this.appPermissions
        : principal.permissions;
    return {
      ...this.actorContextOf(principal),
      ...(permissions === undefined ? {} : { permissions }),
    };
  }

  private actorContextOf(principal: Principal): WriteContext {
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

  /**
   * The post-install hook, as application-install.service.ts runPostInstallHook does it
   * (twentyhq/twenty packages/twenty-server/src/engine/core-modules/application/
   * application-install/application-install.service.ts): skipped on an upgrade unless
   * `shouldRunOnVersionUpgrade`; payload `{ previousVersion, newVersion }`; queued as a
   * logic-function job (retryLimit 3) unless `shouldRunSynchronously`, which runs it now and
   * fails the install (POST_INSTALL_ERROR) when it fails. Null when nothing ran or was queued.
   */
  async runPostInstall({
    previousVersion,
    newVersion,
    isVersionUpgrade,
  }: {
    previousVersion?: string;
    newVersion: string;
    isVersionUpgrade: boolean;
  }): Promise<{ queuedJobId: string } | { run: FunctionRun } | null> {
    const hook = this.metadata.app?.postInstallLogicFunction;
    if (hook === undefined) return null;
    if (isVersionUpgrade && !hook.shouldRunOnVersionUpgrade) return null;
    const logicFunction = this.findFunction(hook.universalIdentifier);
    const payload = {
      ...(previousVersion === undefined ? {} : { previousVersion }),
      newVersion,
    };
    if (!hook.shouldRunSynchronously) {
      const { jobIds } = this.events.enqueueJobs({
        logicFunction,
        items: [{ payload, jobId: null }],
        retryLimit: 3,
        delayMs: 0,
      });
      return { queuedJobId: jobIds[0] ?? '' };
    }
    const run = await this.events.runOnce({
      logicFunction,
      payload,
      trigger: 'postInstall',
    });
    if (run.status !== 'succeeded') {
      throw new ApplicationException(
        run.error?.message ?? 'The post-install logic function failed',
        'POST_INSTALL_ERROR',
      );
    }
    return { run };
  }

  /**
   * runApplicationHealthCheck (application-health/application-health-check.service.ts):
   * null without a health check; the function runs with payload `{}`; a failed run or a
   * result that is not an ApplicationHealthCheckResult (an unknown status, a non-OK status
   * without a title) is UNKNOWN.
   */
  async runHealthCheck(): Promise<HealthCheckAnswer | null> {
    const uid = this.metadata.app?.healthCheckLogicFunctionUniversalIdentifier;
    if (uid === undefined) return null;
    const run = await this.events
      .runOnce({
        logicFunction: this.findFunction(uid),
        payload: {},
        trigger: 'healthCheck',
      })
      .catch(() => null);
    return toHealthCheckAnswer(run?.status === 'succeeded' ? run.result : null);
  }

  /** Stops runs and deliveries; `keepDatabase` when another service takes the workspace over. */
  async stop({
    keepDatabase = false,
  }: { keepDatabase?: boolean } = {}): Promise<void> {
    this.events.stop();
    this.runner?.dispose();
    if (!keepDatabase) await this.database.close();
  }

  newId(): string {
    return randomUUID();
  }
}
