// Twenty retries a logic-function job that threw RetryableLogicFunctionError through its
// queue: attempts = 1 + retryLimit (message-queue/drivers/bullmq.driver.ts buildJobsOptions),
// retryLimit 3 for database-event triggers (logic-function-trigger/triggers/database-event/
// call-database-event-trigger-jobs.job.ts), and the job runner stops at
// min(LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT = 3, retryLimit) (logic-function-trigger/
// logic-function-job-runner.service.ts, constants/logic-function-application-retry-limit.constant.ts).
// The backoff is LOGIC_FUNCTION_QUEUE_RETRY_BACKOFF = { strategy: 'exponential',
// initialDelayMilliseconds: 1_000, jitter: 0.5 } (logic-function-trigger/constants/
// logic-function-queue-retry-backoff.constant.ts), passed to BullMQ as
// { type: 'exponential', delay: 1000, jitter: 0.5 }. BullMQ's exponential strategy
// (bullmq 6, src/classes/backoffs.ts) waits, after `attemptsMade` failed attempts:
//   max = round(2^(attemptsMade - 1) × delay); floor(random × max × jitter + max × (1 − jitter))
// that is 0.5–1 s, 1–2 s, then 2–4 s.
export const LOGIC_FUNCTION_APPLICATION_RETRY_LIMIT = 3;

export const LOGIC_FUNCTION_QUEUE_RETRY_BACKOFF = {
  strategy: 'exponential',
  initialDelayMilliseconds: 1_000,
  jitter: 0.5,
} as const;

/** Host ms before the next attempt of a job that has failed `attemptsMade` times (≥ 1). */
export const computeLogicFunctionRetryDelay = ({
  attemptsMade,
  random,
}: {
  attemptsMade: number;
  /** A number in [0, 1). */
  random: number;
}): number => {
  const { initialDelayMilliseconds, jitter } =
    LOGIC_FUNCTION_QUEUE_RETRY_BACKOFF;
  const maxDelay = Math.round(
    2 ** (attemptsMade - 1) * initialDelayMilliseconds,
  );
  return Math.floor(random * maxDelay * jitter + maxDelay * (1 - jitter));
};
