import { z } from 'zod';

import {
  DEFAULT_CURRENCY,
  fail,
  ok,
  percentToBasisPoints,
  type CreditSettings,
  type ExchangeRate,
  type Result,
} from '@global-accounts/domain';

export type AppConfig = {
  apiUrl: string;
  token: string;
  credit: { settings: CreditSettings; rates: ExchangeRate[] };
  /** How large recomputations share the app's API budget with live events. */
  fanOut: {
    pagesPerRun: number;
    /** The app's API budget on the server (Twenty: 500 requests per 60 s). */
    appBudget: { limit: number; windowMs: number };
    /** Share of that budget (0–1) a recomputation may use; live events keep the rest. */
    budgetShare: number;
  };
  /** Framework agreements: when the tier-gap alert fires. */
  agreements: {
    /** TIER_GAP fires when the projection misses the next tier by less than this share of it (basis points). */
    tierGapThresholdBasisPoints: number;
  };
  /**
   * The agreement check's settings. A bad tolerance stops only the agreement check (its
   * runs report it), not the credit.
   */
  compliance: { priceTolerancePercent: Result<number, string> };
  /** Global-account roll-ups (issue 11). */
  rollups: { fiscalYearStartMonth: number; accountsPerEventRun: number };
};

export const DEFAULT_PRICE_TOLERANCE_PERCENT = '0.5';

// Percentage points with at most two decimals, from 0 to 100 (the domain counts basis points).
const parsePriceTolerance = (value: string): Result<number, string> => {
  const percent = value.trim() === '' ? Number.NaN : Number(value);
  const basisPoints = percentToBasisPoints(percent);
  return basisPoints !== undefined && basisPoints >= 0 && basisPoints <= 10_000
    ? ok(percent)
    : fail(
        `AGREEMENT_PRICE_TOLERANCE_PERCENT must be percentage points from 0 to 100 with at most two decimals (e.g. 0.5), got "${value}"`,
      );
};

const stageListSchema = z.string().transform((value) =>
  value
    .split(',')
    .map((stage) => stage.trim())
    .filter((stage) => stage !== ''),
);

const ratesSchema = z
  .string()
  .transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({
        code: 'custom',
        message:
          'EXCHANGE_RATES must be JSON, e.g. [{"fromCurrency":"EUR","toCurrency":"SEK","rate":"11.5"}]',
      });
      return z.NEVER;
    }
  })
  .pipe(
    z.array(
      z.object({
        fromCurrency: z.string().length(3),
        toCurrency: z.string().length(3),
        rate: z.string(),
      }),
    ),
  );

// Twenty injects the API URL and tokens; the admin sets the rest as application variables.
const environmentSchema = z.object({
  TWENTY_API_URL: z.url(),
  TWENTY_APP_ACCESS_TOKEN: z.string().min(1).optional(),
  TWENTY_APP_APPLICATION_ACCESS_TOKEN: z.string().min(1).optional(),
  TWENTY_API_KEY: z.string().min(1).optional(),
  CREDIT_WON_STAGES: stageListSchema.default(['CUSTOMER']),
  CREDIT_LOST_STAGES: stageListSchema.default([]),
  DEFAULT_REPORTING_CURRENCY: z.string().length(3).default(DEFAULT_CURRENCY),
  EXCHANGE_RATES: ratesSchema.default([]),
  CREDIT_FAN_OUT_PAGES_PER_RUN: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(100),
  CREDIT_RECOMPUTE_BUDGET_PERCENT: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(50),
  APP_API_REQUESTS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(500),
  AGREEMENT_TIER_GAP_PERCENT: z.coerce
    .number()
    .min(0)
    .max(100)
    .refine((value) => Number.isInteger(value * 100), {
      message: 'at most two decimals',
    })
    .default(10),
  AGREEMENT_PRICE_TOLERANCE_PERCENT: z
    .string()
    .default(DEFAULT_PRICE_TOLERANCE_PERCENT),
  FISCAL_YEAR_START_MONTH: z.coerce.number().int().min(1).max(12).default(1),
  ROLLUP_ACCOUNTS_PER_EVENT_RUN: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50),
});

/** Reads the run's configuration once; never logs values (tokens are secrets). */
export const getAppConfig = (
  environment: Record<string, string | undefined> = process.env,
): Result<AppConfig, string> => {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    return fail(
      `invalid app configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  }
  const values = parsed.data;
  // Database events run with no person behind them: the application token is the one Twenty guarantees.
  const token =
    values.TWENTY_APP_APPLICATION_ACCESS_TOKEN ??
    values.TWENTY_APP_ACCESS_TOKEN ??
    values.TWENTY_API_KEY;
  if (token === undefined)
    return fail(
      'invalid app configuration: no access token (TWENTY_APP_APPLICATION_ACCESS_TOKEN) was provided',
    );
  return ok({
    apiUrl: values.TWENTY_API_URL,
    token,
    credit: {
      settings: {
        wonStages: values.CREDIT_WON_STAGES,
        lostStages: values.CREDIT_LOST_STAGES,
        defaultReportingCurrency: values.DEFAULT_REPORTING_CURRENCY,
      },
      rates: values.EXCHANGE_RATES,
    },
    fanOut: {
      pagesPerRun: values.CREDIT_FAN_OUT_PAGES_PER_RUN,
      appBudget: {
        limit: values.APP_API_REQUESTS_PER_MINUTE,
        windowMs: 60_000,
      },
      budgetShare: values.CREDIT_RECOMPUTE_BUDGET_PERCENT / 100,
    },
    agreements: {
      tierGapThresholdBasisPoints: Math.round(
        values.AGREEMENT_TIER_GAP_PERCENT * 100,
      ),
    },
    compliance: {
      priceTolerancePercent: parsePriceTolerance(
        values.AGREEMENT_PRICE_TOLERANCE_PERCENT,
      ),
    },
    rollups: {
      fiscalYearStartMonth: values.FISCAL_YEAR_START_MONTH,
      accountsPerEventRun: values.ROLLUP_ACCOUNTS_PER_EVENT_RUN,
    },
  });
};
