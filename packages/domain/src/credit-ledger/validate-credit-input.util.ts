import { parseCurrencyCode, type CurrencyCode } from '../money/currency.util';
import {
  buildRateTable,
  type ExchangeRate,
  type RateTable,
} from '../money/exchange-rate.util';
import { moneyFromMicros } from '../money/micros.util';
import { type Money } from '../money/money.type';
import { type InputError, refuseInput } from '../shared/input-error.type';
import { type IsoDate } from '../shared/iso-date.util';
import { parseCountryCode } from '../shared/parse-country-code.util';
import { parseIsoDay } from '../shared/parse-iso-day.util';
import { ok, type Result } from '../shared/result.type';
import { type CreditEngineError } from './credit-engine-error.type';
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

const parseOptionalCountry = (
  field: string,
  value: string | null,
): Result<string | null, InputError> =>
  value === null || value.trim() === ''
    ? ok(null)
    : parseCountryCode({ field, value });

// Country codes are read as ISO 3166-1 alpha-2 ("de" and " DE " mean DE) before anything uses them.
const normalizeCountries = (
  input: CreditLedgerInput,
): Result<CreditLedgerInput, InputError> => {
  const booking = parseOptionalCountry(
    'opportunity.bookingCountry',
    input.opportunity.bookingCountry,
  );
  if (!booking.success) return booking;
  const shipTo = parseOptionalCountry(
    'opportunity.shipToCountry',
    input.opportunity.shipToCountry,
  );
  if (!shipTo.success) return shipTo;
  const soldTo = parseOptionalCountry(
    'company.countryCode',
    input.company?.countryCode ?? null,
  );
  if (!soldTo.success) return soldTo;
  const team: CreditLedgerInput['team'][number][] = [];
  for (const member of input.team) {
    const country = parseOptionalCountry(
      `accountTeamMember ${member.id}.countryCode`,
      member.countryCode,
    );
    if (!country.success) return country;
    team.push(
      country.data === member.countryCode
        ? member
        : { ...member, countryCode: country.data },
    );
  }
  const unchanged =
    booking.data === input.opportunity.bookingCountry &&
    shipTo.data === input.opportunity.shipToCountry &&
    soldTo.data === (input.company?.countryCode ?? null) &&
    team.every((member, index) => member === input.team[index]);
  if (unchanged) return ok(input);
  return ok({
    ...input,
    opportunity: {
      ...input.opportunity,
      bookingCountry: booking.data,
      shipToCountry: shipTo.data,
    },
    company:
      input.company === null
        ? null
        : { ...input.company, countryCode: soldTo.data },
    team,
  });
};

const parseAmount = (
  amount: CreditLedgerInput['opportunity']['amount'],
): Result<Money | null, CreditEngineError> => {
  if (amount === null) return ok(null);
  const money = moneyFromMicros(amount.amountMicros, amount.currencyCode);
  if (!money.success) return money;
  return money.data.amountMinor < 0
    ? refuseInput({
        field: 'opportunity.amount',
        message: `must not be negative, got ${amount.amountMicros} micros`,
      })
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
    lastToday = { value, day: parseIsoDay({ field: 'today', value }) };
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
  rawInput: CreditLedgerInput,
): Result<ValidatedCreditInput, CreditEngineError> => {
  const normalized = normalizeCountries(rawInput);
  if (!normalized.success) return normalized;
  const input = normalized.data;
  const today = parseToday(input.today);
  if (!today.success) return today;
  const closeDate = input.opportunity.closeDate;
  const closeDay =
    closeDate === null
      ? ok(null)
      : parseIsoDay({ field: 'opportunity.closeDate', value: closeDate });
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
