import { parseCurrencyCode, type CurrencyCode } from '../money/currency.util';
import { buildRateTable, type RateTable } from '../money/exchange-rate.util';
import { fail, ok, type Result } from '../shared/result.type';
import {
  type GlobalAccountRollupInput,
  type RollupProblem,
} from './global-account-rollup.type';
import { chooseReportingCurrency } from './choose-reporting-currency.util';
import { resolveFiscalYear, type FiscalYear } from './resolve-fiscal-year.util';

export type PreparedRollup = {
  fiscalYear: FiscalYear;
  reportingCurrency: CurrencyCode;
  rates: RateTable;
};

const invalid = (message: string): { success: false; error: RollupProblem } =>
  fail({ code: 'INVALID_INPUT', message });

/** Checks what the roll-up needs before adding anything: fiscal year, currency, rates, counts. */
export const prepareRollup = (
  input: GlobalAccountRollupInput,
): Result<PreparedRollup, RollupProblem> => {
  const fiscalYear = resolveFiscalYear({
    today: input.today,
    fiscalYearStartMonth: input.settings.fiscalYearStartMonth,
  });
  if (!fiscalYear.success) return invalid(fiscalYear.error.message);
  const count = input.openConflictCount;
  if (!Number.isSafeInteger(count) || count < 0) {
    return invalid(`openConflictCount must be a count, got ${String(count)}`);
  }
  const code = chooseReportingCurrency(input);
  const currency = parseCurrencyCode(code);
  if (!currency.success) return invalid(`unknown reporting currency "${code}"`);
  const rates = buildRateTable(input.rates);
  if (!rates.success) return invalid(rates.error.message);
  return ok({
    fiscalYear: fiscalYear.data,
    reportingCurrency: currency.data,
    rates: rates.data,
  });
};
