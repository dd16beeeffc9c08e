import { randomUUID } from 'node:crypto';

import {
  type FunctionRunOutcome,
  type LogicFunctionContext,
} from '../function-runner/function-runner.service';
import {
  type AppDefinition,
  type AppLogicFunction,
  type ObjectMetadata,
} from '../manifest/object-metadata.type';
import {
  type RecordEvent,
  type RecordEventBatch,
} from '../records/record-event.type';
import { type HostClockService } from '../clock/host-clock.service';
import {
  EventFaults,
  takeCountedFault,
  type FaultTarget,
} from './event-faults';
import {
  computeLogicFunctionRetryDelay,
  LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT,
} from './logic-function-retry-backoff.util';
import { selectEventsForTrigger } from './trigger-matching.util';

export { EventFaults, type FaultTarget } from './event-faults';

export const MAX_EVENTS_PER_TRIGGER_JOB = 200;
/** retryLimit of database-event trigger jobs (call-database-event-trigger-jobs.job.ts). */
const DATABASE_EVENT_JOB_RETRY_LIMIT = 3;

export type TriggerKind =
  | 'databaseEvent'
  | 'cron'
  | 'httpRoute'
  | 'job'
  | 'postInstall'
  | 'healthCheck';

export type FunctionRun = {
  id: string;
  functionName: string;
  trigger: TriggerKind;
  eventName: string | null;
  payload: unknown;
  retryCount: number;
  status: 'succeeded' | 'failed';
  result?: unknown;
  error?: { name: string; message: string };
  requestCount: number;
  /** Order in which runs started (runs() is in completion order). */
  startSequence: number;
  /** Host milliseconds (the host clock's time scale applies). */
  durationMs: number;
};

export type RunExecutor = (request: {
  runId: string;
  logicFunction: AppLogicFunction;
  payload: unknown;
  context: LogicFunctionContext;
}) => Promise<FunctionRunOutcome>;

type Job = {
  id: string;
  logicFunction: AppLogicFunction;
  trigger: 'databaseEvent' | 'job';
  eventName: string;
  payload: unknown;
  workspaceMemberId: string | null;
  retryCount: number;
  maxRetries: number;
};

export type JobState =
  'COMPLETED' | 'FAILED' | 'ACTIVE' | 'WAITING' | 'DELAYED';

export type JobStatus = {
  jobId: string;
  state: JobState;
  attemptsMade: number;
  failedReason: string | null;
  enqueuedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
};

const takeCounted = <TFault extends { remaining: number } & FaultTarget>(
  faults: TFault[],
  job: Job,
): TFault | undefined =>
  takeCountedFault(faults, {
    functionName: job.logicFunction.name,
    eventName: job.eventName,
  });

/** Twenty's flat object metadata as logic functions receive it. */
export const toSimplifiedObjectMetadata = (object: ObjectMetadata) => ({
  id: object.id,
  nameSingular: object.nameSingular,
  namePlural: object.namePlural,
  labelSingular: object.labelSingular,
  labelPlural: object.labelPlural,
  description: object.description,
  icon: null,
  universalIdentifier: object.universalIdentifier,
  applicationId: object.applicationUniversalIdentifier,
  dataSourceId: null,
  overrides: null,
  isCustom: object.isCustom,
  isRemote: false,
  isActive: true,
  isSystem: object.isSystem,
  isUIEditable: true,
  isUICreatable: true,
  isAuditLogged: true,
  isSearchable: false,
  duplicateCriteria: object.duplicateCriteria,
  shortcut: null,
  labelIdentifierFieldMetadataId:
    object.fields.find((f) => f.name === object.labelIdentifierFieldName)
      ?.universalIdentifier ?? '',
  imageIdentifierFieldMetadataId: null,
  isLabelSyncedWithName: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  fieldIds: object.fields.map((f) => f.universalIdentifier),
  indexMetadataIds: [],
  viewIds: [],
  applicationUniversalIdentifier: object.applicationUniversalIdentifier,
  labelIdentifierFieldMetadataUniversalIdentifier:
    object.fields.find((f) => f.name === object.labelIdentifierFieldName)
      ?.universalIdentifier ?? '',
  imageIdentifierFieldMetadataUniversalIdentifier: null,
  fieldUniversalIdentifiers: object.fields.map((f) => f.universalIdentifier),
  indexMetadataUniversalIdentifiers: [],
  viewUniversalIdentifiers: [],
});

export type DatabaseEventsOptions = {
  /** Parallel runs (Twenty: the logic-function queue's worker concurrency). */
  concurrency: number;
  clock: HostClockService;
  /** A number in [0, 1) for the backoff's jitter. */
  random?: () => number;
  requestsOfRun: (runId: string) => number;
  /** APPLICATION_JOB_ENQUEUE_RATE_LIMITING: false when a job may not be enqueued. */
  tryEnqueue: () => boolean;
};

// Asynchronous delivery after commit, like Twenty's trigger queue: one job per matching
// function per event (or per batch of up to 200 in batchMode), retried on
// RetryableLogicFunctionError with Twenty's backoff (logic-function-retry-backoff.util.ts),
// with the faults a test asks for. Delays follow the host clock.
export class DatabaseEventsService {
  readonly faults = new EventFaults();
  readonly runs: FunctionRun[] = [];
  /** Deliveries skipped because the app's enqueue budget was spent (Twenty logs a warning). */
  readonly skipped: { functionName: string; eventName: string }[] = [];
  /** Every batch published after a commit, in order (for tests of event shapes). */
  readonly published: { name: string; events: RecordEvent[] }[] = [];
  private readonly queue: Job[] = [];
  private readonly reorderBuffer: Job[] = [];
  private pendingTimers = 0;
  private running = 0;
  private idleWaiters: (() => void)[] = [];
  /** Real time of the last write, scheduled job, run start or run end (waitForIdle's stall guard). */
  private lastActivityAt = Date.now();
  private isStopped = false;
  private startedRuns = 0;
  /** Jobs queued with enqueueJob(s), by jobId (BullMQ keeps one job per id). */
  readonly jobs = new Map<string, JobStatus>();

  private readonly app: AppDefinition | null;
  private readonly workspaceId: string;
  private readonly execute: RunExecutor;
  private readonly options: DatabaseEventsOptions;

  constructor({
    app,
    workspaceId,
    execute,
    ...options
  }: {
    app: AppDefinition | null;
    workspaceId: string;
    execute: RunExecutor;
  } & DatabaseEventsOptions) {
    this.app = app;
    this.workspaceId = workspaceId;
    this.execute = execute;
    this.options = options;
  }

  get isIdle(): boolean {
    return (
      this.queue.length === 0 &&
      this.reorderBuffer.length === 0 &&
      this.pendingTimers === 0 &&
      this.running === 0
    );
  }

  /**
   * Work the host does after a write besides running functions (Twenty's timeline jobs): the
   * queue is not idle until it has settled.
   */
  track(work: Promise<unknown>): void {
    this.pendingTimers += 1;
    void work.finally(() => {
      this.pendingTimers -= 1;
      this.lastActivityAt = Date.now();
      this.notifyIfIdle();
    });
  }

  /** Called by the records service after each committed write. */
  publish(batches: RecordEventBatch[]): void {
    if (this.isStopped) return;
    this.lastActivityAt = Date.now();
    for (const batch of batches) {
      this.published.push({ name: batch.name, events: batch.events });
    }
    if (this.app === null) return;
    for (const batch of batches) {
      if (batch.object.nameSingular === 'timelineActivity') continue;
      const objectMetadata = toSimplifiedObjectMetadata(batch.object);
      for (const logicFunction of this.app.logicFunctions) {
        const events = selectEventsForTrigger(
          logicFunction,
          batch.name,
          batch.events,
        );
        if (events.length === 0) continue;
        const base = {
          name: batch.name,
          workspaceId: this.workspaceId,
          objectMetadata,
        };
        if (logicFunction.databaseEventTriggerSettings?.batchMode === true) {
          for (
            let start = 0;
            start < events.length;
            start += MAX_EVENTS_PER_TRIGGER_JOB
          ) {
            const chunk = events.slice(
              start,
              start + MAX_EVENTS_PER_TRIGGER_JOB,
            );
            this.enqueue(
              logicFunction,
              batch.name,
              { ...base, events: chunk },
              chunk[0],
            );
          }
        } else {
          for (const event of events) {
            this.enqueue(
              logicFunction,
              batch.name,
              { ...base, ...event },
              event,
            );
          }
        }
      }
    }
  }

  private enqueue(
    logicFunction: AppLogicFunction,
    eventName: string,
    payload: unknown,
    event: RecordEvent | undefined,
  ): void {
    const job: Job = {
      id: randomUUID(),
      logicFunction,
      trigger: 'databaseEvent',
      eventName,
      payload,
      workspaceMemberId: event?.workspaceMemberId ?? null,
      retryCount: 0,
      maxRetries: Math.min(
        LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT,
        DATABASE_EVENT_JOB_RETRY_LIMIT,
      ),
    };
    if (takeCounted(this.faults.drops, job) !== undefined) return;
    if (!this.options.tryEnqueue()) {
      this.skipped.push({ functionName: logicFunction.name, eventName });
      return;
    }
    const copies =
      takeCounted(this.faults.duplicates, job) === undefined ? 1 : 2;
    for (let copy = 0; copy < copies; copy += 1) {
      const delivered = copy === 0 ? job : { ...job, id: randomUUID() };
      const delay = takeCounted(this.faults.delays, delivered);
      if (delay !== undefined) {
        this.schedule(delivered, delay.delayMs);
      } else if (this.faults.isReordering) {
        this.bufferForReorder(delivered);
      } else {
        this.queue.push(delivered);
      }
    }
    this.pump();
  }

  /**
   * `enqueueJobs` of twenty-sdk/logic-function: queued runs of one of the app's own
   * functions, deduplicated by jobId, within the app's enqueue budget.
   */
  enqueueJobs(request: {
    logicFunction: AppLogicFunction;
    items: { payload: unknown; jobId: string | null }[];
    retryLimit: number;
    delayMs: number;
  }): { jobIds: string[]; enqueuedCount: number } {
    const jobIds: string[] = [];
    let enqueuedCount = 0;
    for (const item of request.items) {
      const jobId = item.jobId ?? randomUUID();
      jobIds.push(jobId);
      const existing = this.jobs.get(jobId);
      if (
        existing !== undefined &&
        existing.state !== 'COMPLETED' &&
        existing.state !== 'FAILED'
      ) {
        continue;
      }
      if (!this.options.tryEnqueue()) {
        this.skipped.push({
          functionName: request.logicFunction.name,
          eventName: 'job',
        });
        continue;
      }
      enqueuedCount += 1;
      this.jobs.set(jobId, {
        jobId,
        state: request.delayMs > 0 ? 'DELAYED' : 'WAITING',
        attemptsMade: 0,
        failedReason: null,
        enqueuedAt: this.options.clock.now(),
        startedAt: null,
        finishedAt: null,
      });
      const job: Job = {
        id: jobId,
        logicFunction: request.logicFunction,
        trigger: 'job',
        eventName: 'job',
        payload: item.payload ?? {},
        workspaceMemberId: null,
        retryCount: 0,
        maxRetries: Math.min(
          LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT,
          request.retryLimit,
        ),
      };
      if (request.delayMs > 0) {
        this.schedule(job, request.delayMs);
      } else {
        this.queue.push(job);
      }
    }
    this.pump();
    return { jobIds, enqueuedCount };
  }

  private bufferForReorder(job: Job): void {
    this.reorderBuffer.push(job);
    if (this.reorderBuffer.length > 1) return;
    setImmediate(() => {
      this.queue.push(...this.reorderBuffer.reverse());
      this.reorderBuffer.length = 0;
      this.pump();
    });
  }

  private schedule(job: Job, delayMs: number): void {
    this.pendingTimers += 1;
    this.lastActivityAt = Date.now();
    this.options.clock.setTimeout(() => {
      this.pendingTimers -= 1;
      this.lastActivityAt = Date.now();
      this.queue.push(job);
      this.pump();
    }, delayMs);
  }

  private pump(): void {
    while (
      !this.isStopped &&
      this.running < this.options.concurrency &&
      this.queue.length > 0
    ) {
      const job = this.queue.shift() as Job;
      this.running += 1;
      this.lastActivityAt = Date.now();
      void this.runJob(job).finally(() => {
        this.running -= 1;
        this.lastActivityAt = Date.now();
        this.pump();
        this.notifyIfIdle();
      });
    }
    this.notifyIfIdle();
  }

  private async runJob(job: Job): Promise<void> {
    const status = job.trigger === 'job' ? this.jobs.get(job.id) : undefined;
    if (status !== undefined) {
      status.state = 'ACTIVE';
      status.startedAt = this.options.clock.now();
      status.attemptsMade += 1;
    }
    let willRetry = false;
    const run = await this.runOnce({
      logicFunction: job.logicFunction,
      payload: job.payload,
      trigger: job.trigger,
      eventName: job.trigger === 'job' ? null : job.eventName,
      retryCount: job.retryCount,
      maxRetries: job.maxRetries,
      workspaceMemberId: job.workspaceMemberId,
      onRetryable: () => {
        if (job.retryCount >= job.maxRetries) return false;
        willRetry = true;
        this.schedule(
          { ...job, retryCount: job.retryCount + 1 },
          computeLogicFunctionRetryDelay({
            attemptsMade: job.retryCount + 1,
            random: (this.options.random ?? Math.random)(),
          }),
        );
        return true;
      },
    });
    if (status !== undefined) {
      status.state =
        run.status === 'succeeded'
          ? 'COMPLETED'
          : willRetry
            ? 'DELAYED'
            : 'FAILED';
      status.failedReason = run.error?.message ?? null;
      status.finishedAt = this.options.clock.now();
    }
  }

  /** Runs a function once and records the run (used by events, cron and routes). */
  async runOnce({
    logicFunction,
    payload,
    trigger,
    eventName = null,
    retryCount = 0,
    maxRetries = LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT,
    workspaceMemberId = null,
    onRetryable = () => false,
  }: {
    logicFunction: AppLogicFunction;
    payload: unknown;
    trigger: TriggerKind;
    eventName?: string | null;
    retryCount?: number;
    maxRetries?: number;
    workspaceMemberId?: string | null;
    onRetryable?: () => boolean;
  }): Promise<FunctionRun> {
    const runId = randomUUID();
    const startedAt = this.options.clock.now();
    this.startedRuns += 1;
    const startSequence = this.startedRuns;
    const outcome = await this.execute({
      runId,
      logicFunction,
      payload,
      context: {
        retryCount,
        maxRetries,
        workspaceId: this.workspaceId,
        userWorkspaceId: null,
        workspaceMemberId,
      },
    });
    const run: FunctionRun = {
      id: runId,
      functionName: logicFunction.name,
      trigger,
      eventName,
      payload,
      retryCount,
      status: outcome.ok ? 'succeeded' : 'failed',
      requestCount: this.options.requestsOfRun(runId),
      startSequence,
      durationMs: this.options.clock.now() - startedAt,
      ...(outcome.ok
        ? { result: outcome.result }
        : {
            error: { name: outcome.error.name, message: outcome.error.message },
          }),
    };
    this.runs.push(run);
    if (!outcome.ok && outcome.error.name === 'RetryableLogicFunctionError') {
      onRetryable();
    }
    return run;
  }

  private notifyIfIdle(): void {
    if (!this.isIdle) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * Resolves once no event, retry or run is pending (including ones runs caused). Rejects only
   * when the queue makes no progress (no write, scheduled job, run start or end) for
   * `stallTimeoutMs` of real time: a slow, loaded machine makes the wait longer, never a failure.
   * Hung runs end at their own kill timeout, which counts as progress.
   */
  waitForIdle(stallTimeoutMs = 30_000): Promise<void> {
    if (this.isIdle) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setInterval(
        () => {
          if (Date.now() - this.lastActivityAt <= stallTimeoutMs) return;
          clearInterval(timer);
          this.idleWaiters = this.idleWaiters.filter((w) => w !== done);
          reject(
            new Error(
              `Event queue made no progress for ${stallTimeoutMs} ms: ${this.queue.length} queued, ${this.pendingTimers} delayed, ${this.running} running`,
            ),
          );
        },
        Math.min(1_000, stallTimeoutMs),
      );
      const done = () => {
        clearInterval(timer);
        resolve();
      };
      this.idleWaiters.push(done);
    });
  }

  stop(): void {
    this.isStopped = true;
    this.queue.length = 0;
  }
}
