import { type TeamMember } from '../credit-split/team-member.type';
import { type ExchangeRate } from '../money/exchange-rate.util';
import { type Money } from '../money/money.type';
import { type RollupStatus } from '../shared/data-model.constants';
import { type GlobalAccountId } from '../shared/ids.type';
import { type FiscalYear } from './resolve-fiscal-year.util';

/**
 * One row of Twenty's `opportunitiesGroupBy` over the account's member companies, grouped by
 * stage, amount.currencyCode, shipToCountry and closeDate (MONTH granularity), with
 * `sumAmountAmountMicros`. Twenty sums amountMicros whatever the currency, hence the currency group.
 */
export type OpportunityAmountGroup = {
  stage: string | null;
  currencyCode: string | null;
  /** shipToCountry: where the business is. */
  countryCode: string | null;
  /** closeDate bucket `YYYY-MM`; null when the deals have no close date. */
  closeMonth: string | null;
  /** Sum of amountMicros, parsed exactly (Twenty returns it as a decimal). */
  amountMicros: bigint;
};

/** One row of `companiesGroupBy` (countryCode) over the account's member companies. */
export type CompanyCountryGroup = {
  countryCode: string | null;
  companyCount: number;
};

export type RollupSettings = {
  /** 1 = January. The fiscal year starts on the first day of this month. */
  fiscalYearStartMonth: number;
  /** Default CUSTOMER, as for credit. */
  wonStages?: readonly string[];
  /** Lost stages are neither pipeline nor won. */
  lostStages?: readonly string[];
  /** When the account names no reporting currency (default EUR). */
  defaultReportingCurrency?: string;
};

/** What a gateway fills from three grouped queries: no per-deal list. */
export type GlobalAccountRollupInput = {
  globalAccount: { id: GlobalAccountId; reportingCurrency: string | null };
  opportunityGroups: readonly OpportunityAmountGroup[];
  companyCountries: readonly CompanyCountryGroup[];
  team: readonly TeamMember[];
  /** totalCount of the account's conflicts with status OPEN. */
  openConflictCount: number;
  rates: readonly ExchangeRate[];
  /** `YYYY-MM-DD`: the clock is a parameter. */
  today: string;
  settings: RollupSettings;
};

export type CurrencyPair = { fromCurrency: string; toCurrency: string };

export type CountryAmount = { countryCode: string | null; amount: Money };

export type RollupProblem =
  | { code: 'MISSING_RATE'; pairs: CurrencyPair[]; message: string }
  | { code: 'INVALID_INPUT'; message: string };

/**
 * The roll-up fields of a globalAccount. Money figures are null unless rollupStatus is OK: a
 * total that leaves out a currency (missing rate) or adds two currencies unconverted is never produced.
 */
export type GlobalAccountRollup = {
  rollupStatus: RollupStatus;
  problem: RollupProblem | null;
  reportingCurrency: string;
  fiscalYear: FiscalYear | null;
  openPipeline: Money | null;
  wonRevenueYtd: Money | null;
  pipelineByCountry: CountryAmount[] | null;
  wonRevenueByCountry: CountryAmount[] | null;
  /** Each currency on its own, unconverted: shown while a rate is missing. */
  openPipelineByCurrency: Money[];
  wonRevenueYtdByCurrency: Money[];
  memberCountries: string[];
  uncoveredCountries: string[];
  openConflicts: number;
};
