import { parseCurrencyCode, type CurrencyCode } from '../money/currency.util';
import {
  buildRateTable,
  type ExchangeRate,
  type RateTable,
} from '../money/exchange-rate.util';
import { moneyFromMicros } from '../money/micros.util';
import { type Money } from '../money/money.type';
import { isIsoDate, type IsoDate } from '../shared/iso-date.util';
import { fail, ok, type Result } from '../shared/result.type';
import {
  type CreditEngineError,
  type InputError,
} from './credit-engine-error.type';
import {
  type CreditLedgerInput,
  DEFAULT_REPORTING_CURRENCY,
  DEFAULT_WON_STAGES,
} from './credit-ledger-input.type';
import { type DealState } from './credit-target.type';

export type ValidatedCreditInput = {
  input: CreditLedgerInput;
  today: IsoDate;
  closeDay: IsoDate | null;
  amount: Money | null;
  /** Before the owner check: GONE when deleted, lost or outside a global account. */
  deal: DealState;
  reportingCurrency: CurrencyCode;
  rates: RateTable;
};

const invalid = (
  field: string,
  message: string,
): { success: false; error: InputError } =>
  fail({ code: 'INVALID_INPUT', field, message: `${field}: ${message}` });

const parseDay = (
  field: string,
  value: string,
): Result<IsoDate, InputError> => {
  const day = value.slice(0, 10);
  const isTimestamp = value.length > 10 && !Number.isNaN(Date.parse(value));
  return isIsoDate(day) && (value.length === 10 || isTimestamp)
    ? ok(day)
    : invalid(field, `expected a date such as 2026-11-27, got "${value}"`);
};

const parseAmount = (
  amount: CreditLedgerInput['opportunity']['amount'],
): Result<Money | null, CreditEngineError> => {
  if (amount === null) return ok(null);
  const money = moneyFromMicros(amount.amountMicros, amount.currencyCode);
  if (!money.success) return money;
  return money.data.amountMinor < 0
    ? invalid(
        'opportunity.amount',
        `must not be negative, got ${amount.amountMicros} micros`,
      )
    : money;
};

// Rates are shared by every opportunity of a run: parse each list once.
const rateTables = new WeakMap<
  readonly ExchangeRate[],
  ReturnType<typeof buildRateTable>
>();
const NO_RATES = buildRateTable([]);

const rateTableOf = (
  rates: readonly ExchangeRate[],
): ReturnType<typeof buildRateTable> => {
  if (rates.length === 0) return NO_RATES;
  const cached = rateTables.get(rates);
  if (cached !== undefined) return cached;
  const table = buildRateTable(rates);
  rateTables.set(rates, table);
  return table;
};

// Every opportunity of a run shares today's date: parse it once.
let lastToday: { value: string; day: Result<IsoDate, InputError> } | undefined;
const parseToday = (value: string): Result<IsoDate, InputError> => {
  if (lastToday?.value !== value)
    lastToday = { value, day: parseDay('today', value) };
  return lastToday.day;
};

const dealStateOf = (input: CreditLedgerInput): DealState => {
  const { opportunity, company, globalAccount } = input;
  const inScope =
    company !== null &&
    globalAccount !== null &&
    company.globalAccountId === globalAccount.id;
  if (opportunity.isDeleted || !inScope) return 'GONE';
  const stage = opportunity.stage ?? '';
  if (input.settings?.lostStages?.includes(stage) === true) return 'GONE';
  return (input.settings?.wonStages ?? DEFAULT_WON_STAGES).includes(stage)
    ? 'WON'
    : 'OPEN';
};

/** Checks the plain data a handler passes in; bad input is refused before anything is computed. */
export const validateCreditInput = (
  input: CreditLedgerInput,
): Result<ValidatedCreditInput, CreditEngineError> => {
  const today = parseToday(input.today);
  if (!today.success) return today;
  const closeDate = input.opportunity.closeDate;
  const closeDay =
    closeDate === null
      ? ok(null)
      : parseDay('opportunity.closeDate', closeDate);
  if (!closeDay.success) return closeDay;
  const amount = parseAmount(input.opportunity.amount);
  if (!amount.success) return amount;
  const reportingCurrency = parseCurrencyCode(
    input.globalAccount?.reportingCurrency ??
      input.settings?.defaultReportingCurrency ??
      DEFAULT_REPORTING_CURRENCY,
  );
  if (!reportingCurrency.success) return reportingCurrency;
  const rates = rateTableOf(input.rates);
  if (!rates.success) return rates;
  return ok({
    input,
    today: today.data,
    closeDay: closeDay.data,
    amount: amount.data,
    deal: dealStateOf(input),
    reportingCurrency: reportingCurrency.data,
    rates: rates.data,
  });
};
