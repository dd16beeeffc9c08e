export type FunctionRunnerExceptionCode =
  'BUNDLE_NOT_FOUND' | 'RUN_TIMED_OUT' | 'RUN_CRASHED';

export class FunctionRunnerException extends Error {
  constructor(
    message: string,
    readonly code: FunctionRunnerExceptionCode,
  ) {
    super(message);
    this.name = 'FunctionRunnerException';
  }
}
