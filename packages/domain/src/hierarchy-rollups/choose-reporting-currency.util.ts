import { DEFAULT_REPORTING_CURRENCY } from '../credit-ledger/credit-ledger-input.type';
import { type GlobalAccountRollupInput } from './global-account-rollup.type';

/** The account's reporting currency: its own, else the app default, else EUR. */
export const chooseReportingCurrency = (
  input: GlobalAccountRollupInput,
): string => {
  const own = input.globalAccount.reportingCurrency?.trim() ?? '';
  if (own !== '') return own.toUpperCase();
  return input.settings.defaultReportingCurrency ?? DEFAULT_REPORTING_CURRENCY;
};
