/** One thing an admin should fix, with what to do about it (the health check lists them). */
export type HealthFinding = {
  code:
    | 'INVALID_EXCHANGE_RATES'
    | 'INVALID_STAGES'
    | 'INVALID_SETTING'
    | 'MISSING_EXCHANGE_RATE'
    | 'INVALID_POLICY'
    | 'NO_OPEN_PERIOD'
    | 'CREDIT_NOT_COMPUTED';
  severity: 'ERROR' | 'WARNING';
  /** What is wrong, in the admin's words. */
  message: string;
  /** What to do about it. */
  action: string;
};

/** Twenty's ApplicationHealthCheckResult (twenty-sdk 2.43, `defineHealthCheck`). */
export type AppHealthResult =
  | { status: 'OK' }
  | {
      status: 'ERROR' | 'WARNING';
      title: string;
      description: string;
      action?: { label: string; location?: string };
    };
