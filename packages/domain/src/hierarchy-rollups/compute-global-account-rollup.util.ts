import { type IsoDate } from '../shared/iso-date.util';
import { findUncoveredCountries } from './find-uncovered-countries.util';
import {
  type CurrencyPair,
  type GlobalAccountRollup,
  type GlobalAccountRollupInput,
  type RollupProblem,
} from './global-account-rollup.type';
import { listMemberCountries } from './list-member-countries.util';
import { chooseReportingCurrency } from './choose-reporting-currency.util';
import { prepareRollup } from './prepare-rollup.util';
import { splitOpportunityGroups } from './split-opportunity-groups.util';
import { sumInReportingCurrency } from './sum-in-reporting-currency.util';

const NO_MONEY = {
  openPipeline: null,
  wonRevenueYtd: null,
  pipelineByCountry: null,
  wonRevenueByCountry: null,
};

const describeMissingRates = (pairs: CurrencyPair[]): RollupProblem => ({
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
    reportingCurrency: chooseReportingCurrency(input),
    memberCountries,
    uncoveredCountries: findUncoveredCountries({
      memberCountries,
      team: input.team,
      today: input.today as IsoDate,
    }),
    openConflicts: input.openConflictCount,
    openPipelineByCurrency: [],
    wonRevenueYtdByCurrency: [],
  };
  const prepared = prepareRollup(input);
  if (!prepared.success) {
    const failed = { ...base, ...NO_MONEY, rollupStatus: 'ERROR' as const };
    return { ...failed, problem: prepared.error, fiscalYear: null };
  }
  const { fiscalYear, reportingCurrency, rates } = prepared.data;
  const { open, wonThisYear } = splitOpportunityGroups({ input, fiscalYear });
  const pipeline = sumInReportingCurrency({
    cells: open,
    reportingCurrency,
    rates,
  });
  const won = sumInReportingCurrency({
    cells: wonThisYear,
    reportingCurrency,
    rates,
  });
  if (!pipeline.success || !won.success) {
    const problem = pipeline.success
      ? won.success
        ? null
        : won.error
      : pipeline.error;
    return { ...base, ...NO_MONEY, rollupStatus: 'ERROR', problem, fiscalYear };
  }
  const missing = [
    ...pipeline.data.missingPairs,
    ...won.data.missingPairs,
  ].filter(
    (pair, index, pairs) =>
      pairs.findIndex((other) => other.fromCurrency === pair.fromCurrency) ===
      index,
  );
  const byCurrency = {
    openPipelineByCurrency: pipeline.data.byCurrency,
    wonRevenueYtdByCurrency: won.data.byCurrency,
  };
  if (missing.length > 0) {
    const problem = describeMissingRates(missing);
    return {
      ...base,
      ...NO_MONEY,
      ...byCurrency,
      rollupStatus: 'MISSING_RATE',
      problem,
      fiscalYear,
    };
  }
  return {
    ...base,
    ...byCurrency,
    rollupStatus: 'OK',
    problem: null,
    fiscalYear,
    openPipeline: pipeline.data.converted?.total ?? null,
    wonRevenueYtd: won.data.converted?.total ?? null,
    pipelineByCountry: pipeline.data.converted?.byCountry ?? null,
    wonRevenueByCountry: won.data.converted?.byCountry ?? null,
  };
};
