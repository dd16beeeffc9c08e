import { type CreditPolicyError } from '../credit-policy/credit-policy.type';
import { type MoneyError } from '../money/money.type';
import { type RateError } from '../money/exchange-rate.util';
import { type CreditType } from '../shared/data-model.constants';
import { type NoOpenPeriodError } from './credit-period.util';

import { type InputError } from '../shared/input-error.type';

export { type InputError };

export type ManualSplitError = {
  code: 'INVALID_MANUAL_SPLIT';
  creditType: CreditType;
  message: string;
};

/** Every way the engine refuses an input; none of them produces a partial ledger. */
export type CreditEngineError =
  | MoneyError
  | RateError
  | InputError
  | CreditPolicyError
  | ManualSplitError
  | NoOpenPeriodError;

export const describeCreditEngineError = (error: CreditEngineError): string => {
  switch (error.code) {
    case 'UNKNOWN_CURRENCY':
      return `"${error.currencyCode}" is not an ISO 4217 currency code`;
    case 'INVALID_POLICY':
      return `invalid credit policy: ${error.issues.map((issue) => issue.message).join('; ')}`;
    default:
      return error.message;
  }
};
