import 'reflect-metadata';

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { printSchema } from 'graphql';
import { type NestExpressApplication } from '@nestjs/platform-express';

import { type HostClockService } from '../clock/host-clock.service';
import {
  type EventFaults,
  type FunctionRun,
} from '../database-events/database-events.service';
import { type RecordEvent } from '../records/record-event.type';
import { HttpModule } from '../http/http.module';
import {
  ApplicationLifecycleService,
  type InstalledPackage,
} from '../applications/application-lifecycle.service';
import { DEFAULT_SERVER_VERSION } from '../applications/default-server-version.constant';
import { type HealthCheckAnswer } from '../applications/applications-handler.type';
import {
  type TwentyHostOptions,
  TwentyHostService,
} from './twenty-host.service';

export type TwentyHost = {
  /** Base URL (TWENTY_API_URL); GraphQL at `${url}/graphql`, routes at `${url}/s/…`. */
  url: string;
  /** The workspace's admin API key (acts as source API; full access; not rate limited). */
  apiKey: string;
  /** An API key acting with a role of the manifest (refused if the role cannot be given to API keys). */
  createApiKey: (options: { roleUniversalIdentifier: string }) => string;
  /** The app's token (what logic functions use; counted and rate limited). */
  appToken: string;
  /** A token acting as a workspace member (admin, or `roleUniversalIdentifier`): events carry its workspaceMemberId. */
  createUserToken: (
    workspaceMemberId: string,
    options?: { roleUniversalIdentifier?: string },
  ) => string;
  /** Requests sent with `token`; for appToken: every request of the app, runs included. */
  requestCount: (token: string) => number;
  /** Tokens of the app's API budget taken so far (one per root field of each accepted request). */
  appTokenCount: () => number;
  /** Every logic-function run so far (status, result, error, requests it made). */
  runs: () => FunctionRun[];
  /** Deliveries skipped over the app's job-enqueue budget (lost, as on Twenty). */
  skippedDeliveries: () => { functionName: string; eventName: string }[];
  /** Database events emitted so far: `{ name, events: [{ recordId, properties, … }] }`. */
  events: () => { name: string; events: RecordEvent[] }[];
  /** Resolves when no event delivery, retry or run is pending. */
  waitForIdle: (timeoutMs?: number) => Promise<void>;
  faults: EventFaults;
  /** Host time (timeScale × faster than real time): now(), toRealMs(), setTimeout(). */
  clock: HostClockService;
  /** Delivers recorded events again (e.g. from `events()`), as a redelivery by Twenty would. */
  replayEvents: (batches: { name: string; events: RecordEvent[] }[]) => void;
  runCron: (functionName: string) => Promise<FunctionRun>;
  /** Runs the app's post-install hook as an install of `newVersion` would (queued unless synchronous). */
  runPostInstall: (request?: {
    previousVersion?: string;
    newVersion?: string;
  }) => Promise<unknown>;
  /** runApplicationHealthCheck: the app's health check result (null without one). */
  runHealthCheck: () => Promise<HealthCheckAnswer | null>;
  /** The printed SDL of the workspace schema. */
  schemaSdl: () => string;
  /** The services of the workspace as it is now (replaced when an app is installed, upgraded or uninstalled). */
  service: TwentyHostService;
  /** The application lifecycle the CLI drives through `/metadata` (publish, install, uninstall). */
  applications: ApplicationLifecycleService;
  stop: () => Promise<void>;
};

export type StartTwentyHostOptions = TwentyHostOptions;

/** The version in the package.json next to a built manifest (what `npm pack` would publish). */
const readBuiltVersion = (manifestPath: string | undefined): string | null => {
  if (manifestPath === undefined) return null;
  const packageJsonPath = join(dirname(manifestPath), 'package.json');
  if (!existsSync(packageJsonPath)) return null;
  const parsed = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
    version?: unknown;
  };
  return typeof parsed.version === 'string' ? parsed.version : null;
};

/**
 * Starts the host. With `manifestPath` the app is there from the start (the direct start
 * of the e2e tests); without it the workspace has the standard objects only and an app
 * arrives the way an admin installs it on Twenty: `twenty remote:add --api-key`,
 * `twenty app:publish --private`, `twenty app:install` against `url` with `apiKey`.
 */
export const startTwentyHost = async (
  options: StartTwentyHostOptions = {},
): Promise<TwentyHost> => {
  let baseUrl = 'http://127.0.0.1';
  let current: TwentyHostService | undefined;
  const workspace = (): TwentyHostService => {
    if (current === undefined) throw new Error('The host is not started');
    return current;
  };
  // An install, upgrade or uninstall moves the workspace to the new metadata: runs of the
  // old version finish first, then new services take over the same database and tokens.
  const applyPackage = async (
    installedPackage: InstalledPackage | null,
  ): Promise<void> => {
    const previous = workspace();
    await previous.events.waitForIdle(120_000);
    const next = await TwentyHostService.create(
      {
        ...options,
        manifestPath: installedPackage?.manifestPath,
        bundlesDir: installedPackage?.bundlesDir,
      },
      {
        database: previous.database,
        previousMetadata: previous.metadata,
        apiKey: previous.apiKey,
        appToken: previous.appToken,
        applications,
      },
    );
    next.setBaseUrl(baseUrl);
    current = next;
    await previous.stop({ keepDatabase: true });
  };
  const applications: ApplicationLifecycleService =
    new ApplicationLifecycleService({
      storageDir: mkdtempSync(join(tmpdir(), 'twenty-host-apps-')),
      serverVersion: options.serverVersion ?? DEFAULT_SERVER_VERSION,
      workspaceId: '',
      baseUrl: () => baseUrl,
      now: () => Date.now(),
      applyPackage,
      runPostInstall: (request) => workspace().runPostInstall(request),
      runHealthCheck: () => workspace().runHealthCheck(),
    });
  const service = await TwentyHostService.create(options, { applications });
  current = service;
  applications.setWorkspaceId(service.workspaceId);
  const directApp = service.metadata.app;
  if (directApp !== undefined && directApp !== null) {
    applications.recordDirectInstall({
      id: service.newId(),
      universalIdentifier: directApp.universalIdentifier,
      name: directApp.displayName ?? 'Application',
      version: readBuiltVersion(options.manifestPath),
    });
  }
  let app: INestApplication | undefined;
  try {
    const nestApp = await NestFactory.create<NestExpressApplication>(
      HttpModule.forHost({
        graphqlEndpoint: {
          handle: (request) => workspace().graphqlEndpoint.handle(request),
        },
        logicFunctionRoutes: {
          handle: (request) => workspace().logicFunctionRoutes.handle(request),
        },
        applications,
        frontComponents: {
          page: (nameOrId, recordId) =>
            workspace().frontComponents.page(nameOrId, recordId),
          bundle: (nameOrId) => workspace().frontComponents.bundle(nameOrId),
        },
      }),
      { logger: false, bodyParser: false },
    );
    nestApp.useBodyParser('json', { limit: '20mb' });
    nestApp.useBodyParser('text', { limit: '20mb', type: 'text/*' });
    app = nestApp;
    await nestApp.listen(options.port ?? 0, '127.0.0.1');
    const address = nestApp.getHttpServer().address() as AddressInfo;
    const url = `http://127.0.0.1:${address.port}`;
    baseUrl = url;
    service.setBaseUrl(url);
    const started = app;
    return {
      url,
      apiKey: service.apiKey,
      appToken: service.appToken,
      createApiKey: (keyOptions) => workspace().createApiKey(keyOptions),
      createUserToken: (id, tokenOptions) =>
        workspace().createUserToken(id, tokenOptions),
      requestCount: (token) => workspace().requestCount(token),
      appTokenCount: () => workspace().appTokenCount(),
      runs: () => [...workspace().runs],
      events: () => [...workspace().events.published],
      skippedDeliveries: () => [...workspace().events.skipped],
      waitForIdle: (timeoutMs) => workspace().events.waitForIdle(timeoutMs),
      get faults() {
        return workspace().faults;
      },
      get clock() {
        return workspace().clock;
      },
      replayEvents: (batches) => workspace().replayEvents(batches),
      runCron: (name) => workspace().runCron(name),
      runPostInstall: (request = {}) =>
        workspace().runPostInstall({
          ...(request.previousVersion === undefined
            ? {}
            : { previousVersion: request.previousVersion }),
          newVersion:
            request.newVersion ??
            readBuiltVersion(options.manifestPath) ??
            '0.0.0',
          isVersionUpgrade: request.previousVersion !== undefined,
        }),
      runHealthCheck: () => workspace().runHealthCheck(),
      schemaSdl: () => printSchemaOf(workspace()),
      get service() {
        return workspace();
      },
      applications,
      stop: async () => {
        workspace().events.stop();
        await started.close();
        await workspace().stop();
        await applications.dispose();
      },
    };
  } catch (error) {
    await app?.close();
    await workspace().stop();
    await applications.dispose();
    throw error;
  }
};

const printSchemaOf = (service: TwentyHostService): string =>
  printSchema(service.schema);
