import { DEFAULT_REPORTING_CURRENCY } from '../credit-ledger/credit-ledger-input.type';
import { parseCurrencyCode } from '../money/currency.util';
import { buildRateTable } from '../money/exchange-rate.util';
import { type IsoDate } from '../shared/iso-date.util';
import { findUncoveredCountries } from './find-uncovered-countries.util';
import {
  type GlobalAccountRollup,
  type GlobalAccountRollupInput,
  type RollupProblem,
} from './global-account-rollup.type';
import { listMemberCountries } from './list-member-countries.util';
import { resolveFiscalYear, type FiscalYear } from './resolve-fiscal-year.util';
import { splitOpportunityGroups } from './split-opportunity-groups.util';
import { sumInReportingCurrency } from './sum-in-reporting-currency.util';

const describeMissingRates = (
  pairs: { fromCurrency: string; toCurrency: string }[],
): RollupProblem => ({
  code: 'MISSING_RATE',
  pairs,
  message: `No exchange rate for ${pairs.map((pair) => `${pair.fromCurrency}→${pair.toCurrency}`).join(', ')}: add it to the app's exchange rates.`,
});

/**
 * The roll-up fields of one global account from grouped sums (never a per-deal list).
 * Status: ERROR on invalid input, else MISSING_RATE when a currency cannot be converted
 * (its pair named; no money total is produced), else OK. STALE is decided by isRollupStale.
 */
export const computeGlobalAccountRollup = (
  input: GlobalAccountRollupInput,
): GlobalAccountRollup => {
  const memberCountries = listMemberCountries(input.companyCountries);
  const base = {
    reportingCurrency:
      input.globalAccount.reportingCurrency ??
      input.settings.defaultReportingCurrency ??
      DEFAULT_REPORTING_CURRENCY,
    memberCountries,
    uncoveredCountries: findUncoveredCountries({
      memberCountries,
      team: input.team,
      today: input.today as IsoDate,
    }),
    openConflicts: input.openConflictCount,
  };
  const failed = (
    problem: RollupProblem,
    fiscalYear: FiscalYear | null = null,
  ): GlobalAccountRollup => ({
    ...base,
    rollupStatus: 'ERROR',
    problem,
    fiscalYear,
    openPipeline: null,
    wonRevenueYtd: null,
    pipelineByCountry: null,
    wonRevenueByCountry: null,
    openPipelineByCurrency: [],
    wonRevenueYtdByCurrency: [],
  });
  const fiscalYear = resolveFiscalYear({
    today: input.today,
    fiscalYearStartMonth: input.settings.fiscalYearStartMonth,
  });
  if (!fiscalYear.success)
    return failed({ code: 'INVALID_INPUT', message: fiscalYear.error.message });
  if (
    !Number.isSafeInteger(input.openConflictCount) ||
    input.openConflictCount < 0
  ) {
    return failed(
      {
        code: 'INVALID_INPUT',
        message: `openConflictCount must be a count, got ${String(input.openConflictCount)}`,
      },
      fiscalYear.data,
    );
  }
  const currency = parseCurrencyCode(base.reportingCurrency);
  if (!currency.success)
    return failed(
      {
        code: 'INVALID_INPUT',
        message: `unknown reporting currency "${base.reportingCurrency}"`,
      },
      fiscalYear.data,
    );
  const rates = buildRateTable(input.rates);
  if (!rates.success)
    return failed(
      { code: 'INVALID_INPUT', message: rates.error.message },
      fiscalYear.data,
    );
  const { open, wonThisYear } = splitOpportunityGroups({
    input,
    fiscalYear: fiscalYear.data,
  });
  const pipeline = sumInReportingCurrency({
    cells: open,
    reportingCurrency: currency.data,
    rates: rates.data,
  });
  const won = sumInReportingCurrency({
    cells: wonThisYear,
    reportingCurrency: currency.data,
    rates: rates.data,
  });
  if (!pipeline.success) return failed(pipeline.error, fiscalYear.data);
  if (!won.success) return failed(won.error, fiscalYear.data);
  const missing = [
    ...pipeline.data.missingPairs,
    ...won.data.missingPairs,
  ].filter(
    (pair, index, pairs) =>
      pairs.findIndex((other) => other.fromCurrency === pair.fromCurrency) ===
      index,
  );
  return {
    ...base,
    rollupStatus: missing.length > 0 ? 'MISSING_RATE' : 'OK',
    problem: missing.length > 0 ? describeMissingRates(missing) : null,
    fiscalYear: fiscalYear.data,
    openPipeline:
      missing.length > 0 ? null : (pipeline.data.converted?.total ?? null),
    wonRevenueYtd:
      missing.length > 0 ? null : (won.data.converted?.total ?? null),
    pipelineByCountry:
      missing.length > 0 ? null : (pipeline.data.converted?.byCountry ?? null),
    wonRevenueByCountry:
      missing.length > 0 ? null : (won.data.converted?.byCountry ?? null),
    openPipelineByCurrency: pipeline.data.byCurrency,
    wonRevenueYtdByCurrency: won.data.byCurrency,
  };
};
