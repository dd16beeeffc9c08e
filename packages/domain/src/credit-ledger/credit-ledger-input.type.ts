import { DEFAULT_CURRENCY } from '../money/default-currency.constant';
import { type ExchangeRate } from '../money/exchange-rate.util';
import { type TeamMember } from '../credit-split/team-member.type';
import {
  type CompanyId,
  type GlobalAccountId,
  type OpportunityId,
  type WorkspaceMemberId,
} from '../shared/ids.type';
import { type CreditLine, type CreditPeriod } from './credit-line.type';

/** Everything the engine needs about one opportunity, as plain data loaded by a handler. */
export type CreditLedgerInput = {
  opportunity: {
    id: OpportunityId;
    /** Twenty's CURRENCY composite; null when the deal has no amount yet. */
    amount: { amountMicros: number; currencyCode: string } | null;
    stage: string | null;
    /** `YYYY-MM-DD` or an ISO date-time (Twenty's closeDate is a DATE_TIME); anything else is refused. */
    closeDate: string | null;
    ownerId: WorkspaceMemberId | null;
    bookingCountry: string | null;
    shipToCountry: string | null;
    isDeleted: boolean;
  };
  company: {
    id: CompanyId;
    countryCode: string | null;
    globalAccountId: GlobalAccountId | null;
  } | null;
  globalAccount: {
    id: GlobalAccountId;
    globalAccountManagerId: WorkspaceMemberId | null;
    reportingCurrency: string | null;
    creditPolicy: unknown;
    /** globalAccount.lastValidCreditPolicy, written by the app; undefined or null: the app default. */
    lastValidCreditPolicy?: unknown;
  } | null;
  team: readonly TeamMember[];
  /** Every stored creditAllocation line of the opportunity (any period, any status). */
  lines: readonly CreditLine[];
  periods: readonly CreditPeriod[];
  rates: readonly ExchangeRate[];
  /** Today's date (`YYYY-MM-DD`): the clock is a parameter. */
  today: string;
  settings?: CreditSettings;
};

export type CreditSettings = {
  /** Stages that count as won (default: CUSTOMER, Twenty's last standard stage). */
  wonStages?: readonly string[];
  lostStages?: readonly string[];
  /** Used when the global account names no reporting currency (default EUR). */
  defaultReportingCurrency?: string;
  /** Applied while globalAccount.creditPolicy is invalid and the account stores no last valid policy. */
  lastValidCreditPolicy?: unknown;
};

export const DEFAULT_WON_STAGES: readonly string[] = ['CUSTOMER'];
export const DEFAULT_REPORTING_CURRENCY = DEFAULT_CURRENCY;
