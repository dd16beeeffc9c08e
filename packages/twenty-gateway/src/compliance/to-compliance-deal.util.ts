import {
  fail,
  ok,
  parseCountryCode,
  parseCurrencyCode,
  parseIsoDay,
  type CompanyId,
  type ComplianceCompany,
  type ComplianceDeal,
  type CurrencyAmount,
  type GlobalAccountId,
  type IsoDate,
  type OpportunityId,
  type Result,
} from '@global-accounts/domain';
import { type z } from 'zod';

import { type currencySchema } from '../credit/schemas/twenty-values.schema';
import { type ComplianceOpportunityNode } from './schemas/compliance-node.schema';

type CurrencyValue = z.infer<typeof currencySchema>;

/** A CURRENCY value the price check can use; null when empty; refused when unreadable. */
const toCurrencyAmount = ({
  field,
  value,
  allowNegative,
}: {
  field: string;
  value: CurrencyValue;
  allowNegative: boolean;
}): Result<CurrencyAmount | null, string> => {
  if (
    value === null ||
    value.amountMicros === null ||
    value.currencyCode === null ||
    value.currencyCode === ''
  )
    return ok(null);
  if (!parseCurrencyCode(value.currencyCode).success)
    return fail(
      `${field}: unknown currency "${value.currencyCode}" (expected an ISO 4217 code such as EUR)`,
    );
  if (!Number.isSafeInteger(value.amountMicros))
    return fail(
      `${field}: ${String(value.amountMicros)} micros is not a whole number the app can compute with`,
    );
  if (!allowNegative && value.amountMicros < 0)
    return fail(
      `${field}: ${String(value.amountMicros / 1_000_000)} ${value.currencyCode} is negative`,
    );
  return ok({
    amountMicros: value.amountMicros,
    currencyCode: value.currencyCode,
  });
};

const parseDay = (
  field: string,
  value: string | null,
): Result<IsoDate | null, string> => {
  if (value === null || value.trim() === '') return ok(null);
  const day = parseIsoDay({ field, value });
  return day.success ? day : fail(day.error.message);
};

const toCompany = (
  company: NonNullable<ComplianceOpportunityNode['company']>,
): Result<ComplianceCompany, string> => {
  const field = `company ${company.id}`;
  let countryCode: string | null = null;
  if (company.countryCode !== null && company.countryCode.trim() !== '') {
    const country = parseCountryCode({
      field: `${field} countryCode`,
      value: company.countryCode,
    });
    if (!country.success) return fail(country.error.message);
    countryCode = country.data;
  }
  const since = parseDay(
    `${field} globalAccountSince`,
    company.globalAccountSince,
  );
  if (!since.success) return since;
  const account = company.globalAccount;
  const isLiveAccount =
    account !== null && (account.deletedAt ?? null) === null;
  return ok({
    id: company.id as CompanyId,
    globalAccountId: isLiveAccount ? (account.id as GlobalAccountId) : null,
    countryCode,
    globalAccountSince: since.data,
  });
};

/**
 * The inputs of an opportunity's agreement check in domain terms. An unreadable date, country
 * or currency and a negative list amount are refused with the field named: the check is then
 * left as it was rather than judged on a guess.
 */
export const toComplianceDeal = (
  node: ComplianceOpportunityNode,
): Result<
  { deal: ComplianceDeal; company: ComplianceCompany | null },
  string
> => {
  const closeDate = parseDay('opportunity closeDate', node.closeDate);
  if (!closeDate.success) return closeDate;
  const amount = toCurrencyAmount({
    field: 'opportunity amount',
    value: node.amount,
    allowNegative: true,
  });
  if (!amount.success) return amount;
  const listAmount = toCurrencyAmount({
    field: 'opportunity listAmount',
    value: node.listAmount,
    allowNegative: false,
  });
  if (!listAmount.success) return listAmount;
  const company = node.company === null ? ok(null) : toCompany(node.company);
  if (!company.success) return company;
  return ok({
    deal: {
      id: node.id as OpportunityId,
      closeDate: closeDate.data,
      frameworkAgreementId:
        node.frameworkAgreementId as ComplianceDeal['frameworkAgreementId'],
      amount: amount.data,
      listAmount: listAmount.data,
    },
    company: company.data,
  });
};
