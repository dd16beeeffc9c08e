import {
  type AppDefinition,
  type ObjectMetadata,
} from '../manifest/object-metadata.type';
import { buildStandardObjects } from '../manifest/standard-objects.constant';
import { type RecordEventBatch } from '../records/record-event.type';
import { HostClockService } from '../clock/host-clock.service';
import {
  DatabaseEventsService,
  type RunExecutor,
} from './database-events.service';

const company = buildStandardObjects().find(
  (o) => o.nameSingular === 'company',
) as ObjectMetadata;

const app: AppDefinition = {
  universalIdentifier: 'app',
  displayName: 'App',
  applicationVariables: {},
  timelineActivityTypes: [],
  logicFunctions: [
    {
      universalIdentifier: 'f1',
      name: 'on-company-updated',
      timeoutSeconds: 5,
      builtHandlerPath: 'f1.mjs',
      handlerName: 'default.config.handler',
      databaseEventTriggerSettings: {
        eventName: 'company.updated',
        updatedFields: ['name'],
      },
    },
  ],
};

const updatedBatch = (count: number): RecordEventBatch => ({
  name: 'company.updated',
  action: 'updated',
  object: company,
  events: Array.from({ length: count }, (_, index) => ({
    recordId: `record-${index}`,
    properties: { updatedFields: ['name'], diff: {} },
  })),
});

const createService = (
  execute: RunExecutor,
  options: { enqueueBudget?: number } = {},
) => {
  let budget = options.enqueueBudget ?? Number.POSITIVE_INFINITY;
  return new DatabaseEventsService({
    app,
    workspaceId: 'workspace',
    execute,
    concurrency: 2,
    // Backoffs of 0.5–4 s of host time take 0.5–4 ms here.
    clock: new HostClockService({ timeScale: 1000 }),
    requestsOfRun: () => 0,
    tryEnqueue: () => {
      budget -= 1;
      return budget >= 0;
    },
  });
};

describe('DatabaseEventsService', () => {
  it('runs one job per event with the payload Twenty builds', async () => {
    const payloads: unknown[] = [];
    const service = createService((request) => {
      payloads.push(request.payload);
      return Promise.resolve({ ok: true, result: null });
    });

    service.publish([updatedBatch(2)]);
    await service.waitForIdle();

    expect(payloads).toHaveLength(2);
    expect(payloads[0]).toMatchObject({
      name: 'company.updated',
      workspaceId: 'workspace',
      recordId: 'record-0',
      objectMetadata: {
        nameSingular: 'company',
        namePlural: 'companies',
        isCustom: false,
      },
    });
  });

  it('skips deliveries over the job-enqueue budget and records them', async () => {
    const service = createService(
      () => Promise.resolve({ ok: true, result: null }),
      { enqueueBudget: 1 },
    );

    service.publish([updatedBatch(3)]);
    await service.waitForIdle();

    expect(service.runs).toHaveLength(1);
    expect(service.skipped).toEqual([
      { functionName: 'on-company-updated', eventName: 'company.updated' },
      { functionName: 'on-company-updated', eventName: 'company.updated' },
    ]);
  });

  it('retries RetryableLogicFunctionError at most three times, a plain error never', async () => {
    const retryable = createService(() =>
      Promise.resolve({
        ok: false,
        error: { name: 'RetryableLogicFunctionError', message: 'later' },
      }),
    );
    const plain = createService(() =>
      Promise.resolve({ ok: false, error: { name: 'Error', message: 'boom' } }),
    );

    retryable.publish([updatedBatch(1)]);
    plain.publish([updatedBatch(1)]);
    await Promise.all([retryable.waitForIdle(), plain.waitForIdle()]);

    expect(retryable.runs.map((r) => r.retryCount)).toEqual([0, 1, 2, 3]);
    expect(plain.runs.map((r) => r.status)).toEqual(['failed']);
  });

  it('applies duplicate and drop faults only to matching deliveries', async () => {
    const service = createService(() =>
      Promise.resolve({ ok: true, result: null }),
    );
    service.faults.duplicateNext();
    service.faults.dropNext({ target: { functionName: 'someone-else' } });

    service.publish([updatedBatch(1)]);
    await service.waitForIdle();

    expect(service.runs).toHaveLength(2);
  });

  it('gives up waiting only when the queue makes no progress, saying what is pending', async () => {
    const service = createService(() => new Promise(() => undefined));

    service.publish([updatedBatch(1)]);

    await expect(service.waitForIdle(20)).rejects.toThrow(
      'Event queue made no progress for 20 ms: 0 queued, 0 delayed, 1 running',
    );
    service.stop();
  });

  it('keeps waiting past the stall timeout while runs keep ending', async () => {
    // Fake timers: a chain of six 15 ms runs takes 90 ms in all, more than the 40 ms stall
    // timeout, and never 40 ms without a run ending, whatever the machine's speed.
    jest.useFakeTimers();
    try {
      let writesLeft = 5;
      const service = createService(
        () =>
          new Promise((resolve) =>
            setTimeout(() => {
              if (writesLeft > 0) {
                writesLeft -= 1;
                service.publish([updatedBatch(1)]);
              }
              resolve({ ok: true, result: null });
            }, 15),
          ),
      );

      service.publish([updatedBatch(1)]);
      const idle = service.waitForIdle(40);
      await jest.advanceTimersByTimeAsync(6 * 15 + 40);
      await idle;

      expect(writesLeft).toBe(0);
      expect(service.runs).toHaveLength(6);
      expect(service.isIdle).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
