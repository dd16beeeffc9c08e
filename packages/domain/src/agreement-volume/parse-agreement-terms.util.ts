import { parseCurrencyCode } from '../money/currency.util';
import { parseRebateTiers } from '../rebate-tiers/parse-rebate-tiers.util';
import { fail, ok, type Result } from '../shared/result.type';
import { type AgreementEngineError } from './agreement-engine-error.type';
import {
  type AgreementRecord,
  type RebateTierRecord,
} from './agreement-engine-input.type';
import { type AgreementTerms } from './agreement-terms.type';

/** Checks an agreement and its tiers; the first problem found is returned, nothing is guessed. */
export const parseAgreementTerms = ({
  agreement,
  tiers,
}: {
  agreement: AgreementRecord;
  tiers: readonly RebateTierRecord[];
}): Result<AgreementTerms, AgreementEngineError> => {
  const name = agreement.name ?? agreement.id;
  const { startDate, endDateInclusive } = agreement;
  if (startDate === null || endDateInclusive === null) {
    return fail({
      code: 'MISSING_AGREEMENT_DATES',
      message: `agreement ${name} needs a start date and an end date`,
    });
  }
  if (endDateInclusive < startDate) {
    return fail({
      code: 'END_BEFORE_START',
      message: `agreement ${name} ends on ${endDateInclusive}, before it starts on ${startDate}`,
    });
  }
  const currency = parseCurrencyCode(agreement.currency ?? '');
  if (!currency.success) {
    return fail({
      code: 'UNKNOWN_CURRENCY',
      currencyCode: agreement.currency ?? '',
      message: `agreement ${name} has currency "${agreement.currency ?? ''}", which is not an ISO 4217 code`,
    });
  }
  const parsedTiers = parseRebateTiers({ tiers, currency: currency.data });
  if (!parsedTiers.success) {
    return fail({
      ...parsedTiers.error,
      message: `agreement ${name}: ${parsedTiers.error.message}`,
    });
  }
  return ok({
    id: agreement.id,
    name,
    globalAccountId: agreement.globalAccountId,
    status: agreement.status,
    currency: currency.data,
    startDate,
    endDateInclusive,
    coveredCountries:
      agreement.coveredCountries.length === 0
        ? null
        : new Set(agreement.coveredCountries),
    retroactive: agreement.retroactive,
    tiers: parsedTiers.data,
  });
};
