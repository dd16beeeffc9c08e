import 'reflect-metadata';

import { type AddressInfo } from 'node:net';

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
  /** The printed SDL of the workspace schema. */
  schemaSdl: () => string;
  service: TwentyHostService;
  stop: () => Promise<void>;
};

export type StartTwentyHostOptions = TwentyHostOptions;

export const startTwentyHost = async (
  options: StartTwentyHostOptions = {},
): Promise<TwentyHost> => {
  const service = await TwentyHostService.create(options);
  let app: INestApplication | undefined;
  try {
    const nestApp = await NestFactory.create<NestExpressApplication>(
      HttpModule.forHost({
        graphqlEndpoint: service.graphqlEndpoint,
        logicFunctionRoutes: service.logicFunctionRoutes,
      }),
      { logger: false, bodyParser: false },
    );
    nestApp.useBodyParser('json', { limit: '20mb' });
    nestApp.useBodyParser('text', { limit: '20mb', type: 'text/*' });
    app = nestApp;
    await nestApp.listen(options.port ?? 0, '127.0.0.1');
    const address = nestApp.getHttpServer().address() as AddressInfo;
    const url = `http://127.0.0.1:${address.port}`;
    service.setBaseUrl(url);
    const started = app;
    return {
      url,
      apiKey: service.apiKey,
      appToken: service.appToken,
      createApiKey: (keyOptions) => service.createApiKey(keyOptions),
      createUserToken: (id, tokenOptions) =>
        service.createUserToken(id, tokenOptions),
      requestCount: (token) => service.requestCount(token),
      runs: () => [...service.runs],
      events: () => [...service.events.published],
      skippedDeliveries: () => [...service.events.skipped],
      waitForIdle: (timeoutMs) => service.events.waitForIdle(timeoutMs),
      faults: service.faults,
      clock: service.clock,
      replayEvents: (batches) => service.replayEvents(batches),
      runCron: (name) => service.runCron(name),
      schemaSdl: () => printSchemaOf(service),
      service,
      stop: async () => {
        service.events.stop();
        await started.close();
        await service.stop();
      },
    };
  } catch (error) {
    await app?.close();
    await service.stop();
    throw error;
  }
};

const printSchemaOf = (service: TwentyHostService): string =>
  printSchema(service.schema);
