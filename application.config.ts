import { defineApplication, FieldType } from 'twenty-sdk/define';

import { DEFAULT_CURRENCY } from '@global-accounts/domain';

import {
  APPLICATION_UNIVERSAL_IDENTIFIER,
  CREDIT_LOST_STAGES_VARIABLE_UNIVERSAL_IDENTIFIER,
  CREDIT_WON_STAGES_VARIABLE_UNIVERSAL_IDENTIFIER,
  DEFAULT_REPORTING_CURRENCY_VARIABLE_UNIVERSAL_IDENTIFIER,
  EXCHANGE_RATES_VARIABLE_UNIVERSAL_IDENTIFIER,
  CREDIT_FAN_OUT_PAGES_PER_RUN_VARIABLE_UNIVERSAL_IDENTIFIER,
  CREDIT_RECOMPUTE_BUDGET_PERCENT_VARIABLE_UNIVERSAL_IDENTIFIER,
  APP_API_REQUESTS_PER_MINUTE_VARIABLE_UNIVERSAL_IDENTIFIER,
  AGREEMENT_TIER_GAP_PERCENT_VARIABLE_UNIVERSAL_IDENTIFIER,
  AGREEMENT_PRICE_TOLERANCE_PERCENT_VARIABLE_UNIVERSAL_IDENTIFIER,
  FISCAL_YEAR_START_MONTH_VARIABLE_UNIVERSAL_IDENTIFIER,
  ROLLUP_ACCOUNTS_PER_EVENT_RUN_VARIABLE_UNIVERSAL_IDENTIFIER,
} from './objects/constants/universal-identifiers';

// The app role is declared with defineApplicationRole() in
// objects/roles/global-accounts-app.role.ts; the build picks it up itself.
// Variables reach the logic functions as strings in process.env; their names
// and formats are the ones workflows/shared/get-app-config.util.ts parses.
export default defineApplication({
  universalIdentifier: APPLICATION_UNIVERSAL_IDENTIFIER,
  displayName: 'Global Accounts',
  description:
    'One team, one plan and fair credit rules for multinational customers: group companies into global accounts, split revenue credit across countries, track framework agreements and surface conflicts.',
  author: 'Global Accounts for Twenty',
  category: 'Sales',
  applicationVariables: {
    CREDIT_WON_STAGES: {
      universalIdentifier: CREDIT_WON_STAGES_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Won stages',
      description:
        'Opportunity stages that count as won, separated by commas (default: CUSTOMER).',
      type: FieldType.TEXT,
      value: 'CUSTOMER',
    },
    CREDIT_LOST_STAGES: {
      universalIdentifier: CREDIT_LOST_STAGES_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Lost stages',
      description:
        'Opportunity stages that count as lost, separated by commas.',
      type: FieldType.TEXT,
      value: '',
    },
    DEFAULT_REPORTING_CURRENCY: {
      universalIdentifier:
        DEFAULT_REPORTING_CURRENCY_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Default reporting currency',
      description:
        'Currency of the totals of global accounts that name none (three-letter code).',
      type: FieldType.TEXT,
      value: DEFAULT_CURRENCY,
    },
    EXCHANGE_RATES: {
      universalIdentifier: EXCHANGE_RATES_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Exchange rates',
      description:
        'Rates to the reporting currencies, as JSON: [{"fromCurrency":"EUR","toCurrency":"SEK","rate":"11.5"}].',
      type: FieldType.TEXT,
      value: '[]',
    },
    CREDIT_FAN_OUT_PAGES_PER_RUN: {
      universalIdentifier:
        CREDIT_FAN_OUT_PAGES_PER_RUN_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Recomputation pages per run',
      description:
        'At most this many pages of 200 opportunities in one run of a recomputation (after a team, policy or company change); the run paces itself to its share of the API budget and continues in a follow-up job when its time runs out (default 100).',
      type: FieldType.TEXT,
      value: '100',
    },
    CREDIT_RECOMPUTE_BUDGET_PERCENT: {
      universalIdentifier:
        CREDIT_RECOMPUTE_BUDGET_PERCENT_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Recomputation share of the API budget (%)',
      description:
        'At most this share of the app API budget goes to large recomputations (after a team, policy or company change, and the nightly reconciliation); live events keep the rest (default 50).',
      type: FieldType.TEXT,
      value: '50',
    },
    APP_API_REQUESTS_PER_MINUTE: {
      universalIdentifier:
        APP_API_REQUESTS_PER_MINUTE_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'App API budget (requests per minute)',
      description:
        "The server's API budget for this app (Twenty: APPLICATION_API_RATE_LIMITING_LIMIT per minute, default 500).",
      type: FieldType.TEXT,
      value: '500',
    },
    AGREEMENT_TIER_GAP_PERCENT: {
      universalIdentifier:
        AGREEMENT_TIER_GAP_PERCENT_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Tier gap alert threshold (%)',
      description:
        'A framework agreement raises a tier-gap alert when its volume, projected to its end date, misses the next tier by less than this share of that tier (default 10).',
      type: FieldType.TEXT,
      value: '10',
    },
    AGREEMENT_PRICE_TOLERANCE_PERCENT: {
      universalIdentifier:
        AGREEMENT_PRICE_TOLERANCE_PERCENT_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Agreement price tolerance (percentage points)',
      description:
        'How far the discount off list price may stray from the discount agreed in the framework agreement before a deal is flagged below or above the agreement, in percentage points with at most two decimals (default 0.5: with 10% agreed, discounts from 9.5% to 10.5% are compliant).',
      type: FieldType.TEXT,
      value: '0.5',
    },
    FISCAL_YEAR_START_MONTH: {
      universalIdentifier:
        FISCAL_YEAR_START_MONTH_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Fiscal year start month',
      description:
        'Month the fiscal year starts in, 1 (January) to 12: won revenue year to date on global accounts counts from its first day (default 1).',
      type: FieldType.TEXT,
      value: '1',
    },
    ROLLUP_ACCOUNTS_PER_EVENT_RUN: {
      universalIdentifier:
        ROLLUP_ACCOUNTS_PER_EVENT_RUN_VARIABLE_UNIVERSAL_IDENTIFIER,
      label: 'Roll-ups recomputed per event run',
      description:
        'At most this many global accounts get their totals recomputed in the run of one event batch; the others are marked Stale and recomputed by a queued follow-up (default 50).',
      type: FieldType.TEXT,
      value: '50',
    },
  },
});
