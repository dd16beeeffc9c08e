import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  fail,
  isOneOf,
  ok,
  parseCountryCode,
  parseIsoDay,
  percentToBasisPoints,
  type AgreementRecord,
  type GlobalAccountId,
  type IsoDate,
  type Result,
} from '@global-accounts/domain';

import { type AgreementNode } from './schemas/compliance-node.schema';

const isAgreementStatus = isOneOf(AGREEMENT_STATUSES);
const isAgreementKind = isOneOf(AGREEMENT_KINDS);

const parseDay = (
  field: string,
  value: string | null,
): Result<IsoDate | null, string> => {
  if (value === null || value.trim() === '') return ok(null);
  const day = parseIsoDay({ field, value });
  return day.success ? day : fail(day.error.message);
};

/**
 * A frameworkAgreement record in domain terms. What would change a deal's verdict if guessed
 * (an unreadable date or country, an end before the start, an agreed discount that is not a
 * percentage with two decimals) is refused with the field named.
 */
export const toAgreementRecord = (
  node: AgreementNode,
): Result<AgreementRecord, string> => {
  const field = `framework agreement ${node.name ?? node.id}`;
  const startDate = parseDay(`${field} startDate`, node.startDate);
  if (!startDate.success) return startDate;
  const endDate = parseDay(`${field} endDate`, node.endDate);
  if (!endDate.success) return endDate;
  if (
    startDate.data !== null &&
    endDate.data !== null &&
    endDate.data < startDate.data
  )
    return fail(
      `${field}: ends on ${endDate.data}, before it starts on ${startDate.data}`,
    );
  const coveredCountries: string[] = [];
  for (const value of node.coveredCountries ?? []) {
    const country = parseCountryCode({
      field: `${field} coveredCountries`,
      value,
    });
    if (!country.success) return fail(country.error.message);
    coveredCountries.push(country.data);
  }
  const agreed = node.agreedDiscountPercent;
  if (agreed !== null) {
    const basisPoints = percentToBasisPoints(agreed);
    if (basisPoints === undefined || basisPoints < 0 || basisPoints > 10_000)
      return fail(
        `${field} agreedDiscountPercent: expected a percentage from 0 to 100 with at most two decimals, got ${String(agreed)}`,
      );
  }
  return ok({
    id: node.id as AgreementRecord['id'],
    globalAccountId: node.globalAccountId as GlobalAccountId | null,
    name: node.name,
    kind: isAgreementKind(node.kind) ? node.kind : null,
    status: isAgreementStatus(node.status) ? node.status : null,
    startDate: startDate.data,
    endDateInclusive: endDate.data,
    currency: node.currency,
    coveredCountries: [...new Set(coveredCountries)],
    agreedDiscountPercent: agreed,
    retroactive: node.retroactive ?? false,
    priority: node.priority,
  });
};
