import {
  buildAgreement,
  day,
  micros,
  GLOBAL_ACCOUNT_ID,
} from '../../agreement-volume/__tests__/agreement.builders';
import { type CompanyId, type OpportunityId } from '../../shared/ids.type';
import {
  type ComplianceCompany,
  type ComplianceDeal,
  type DealComplianceInput,
} from '../deal-compliance.type';
import { resolveDealCompliance } from '../resolve-deal-compliance.util';

const GLOBAL = buildAgreement({ agreedDiscountPercent: 10 });
const ASSOCIATION = buildAgreement({
  id: 'fa-assoc' as never,
  name: 'DE association',
  kind: 'ASSOCIATION',
  coveredCountries: ['DE'],
  priority: 0,
});
const EXPIRED = buildAgreement({
  id: 'fa-2025' as never,
  name: 'Framework 2025',
  status: 'EXPIRED',
  startDate: day('2025-01-01'),
  endDateInclusive: day('2025-12-31'),
});

const deal = (overrides: Partial<ComplianceDeal> = {}): ComplianceDeal => ({
  id: 'opp-1' as OpportunityId,
  closeDate: day('2026-06-15'),
  frameworkAgreementId: GLOBAL.id,
  amount: { amountMicros: micros(90_000), currencyCode: 'EUR' },
  listAmount: { amountMicros: micros(100_000), currencyCode: 'EUR' },
  ...overrides,
});

const company = (
  overrides: Partial<ComplianceCompany> = {},
): ComplianceCompany => ({
  id: 'co-pl' as CompanyId,
  globalAccountId: GLOBAL_ACCOUNT_ID,
  countryCode: 'PL',
  globalAccountSince: null,
  ...overrides,
});

const input = (
  overrides: Partial<DealComplianceInput> = {},
): DealComplianceInput => ({
  deal: deal(),
  company: company(),
  agreements: [GLOBAL, ASSOCIATION, EXPIRED],
  priceTolerancePercent: 0.5,
  today: day('2026-06-01'),
  ...overrides,
});

const withPrice = (amountMajor: number) =>
  input({
    deal: deal({
      amount: { amountMicros: micros(amountMajor), currencyCode: 'EUR' },
    }),
  });

describe('resolveDealCompliance', () => {
  it.each([
    {
      title: 'linked and priced at the agreed 10% discount',
      input: input(),
      status: 'COMPLIANT',
    },
    {
      title: 'linked, 10.5% discount: inside the 0.5-point tolerance',
      input: withPrice(89_500),
      status: 'COMPLIANT',
    },
    {
      title: 'linked, 10.51% discount: below the agreement',
      input: withPrice(89_490),
      status: 'BELOW_AGREEMENT',
    },
    {
      title: 'linked, 9.5% discount: inside the tolerance',
      input: withPrice(90_500),
      status: 'COMPLIANT',
    },
    {
      title: 'linked, 9.49% discount: the customer pays more than agreed',
      input: withPrice(90_510),
      status: 'ABOVE_AGREEMENT',
    },
    {
      title: 'not linked though the global agreement covers PL',
      input: input({ deal: deal({ frameworkAgreementId: null }) }),
      status: 'OFF_AGREEMENT',
    },
    {
      title: 'linked to an agreement expired before the close date',
      input: input({ deal: deal({ frameworkAgreementId: EXPIRED.id }) }),
      status: 'EXPIRED_AGREEMENT',
    },
    {
      title: 'linked to a DRAFT agreement',
      input: input({ agreements: [buildAgreement({ status: 'DRAFT' })] }),
      status: 'EXPIRED_AGREEMENT',
    },
    {
      title: 'a DE deal covered by two agreements of equal priority',
      input: input({ company: company({ countryCode: 'DE' }) }),
      status: 'AGREEMENT_CONFLICT',
    },
    {
      title: 'a DE deal where priority decides for the association',
      input: input({
        company: company({ countryCode: 'DE' }),
        agreements: [GLOBAL, { ...ASSOCIATION, priority: 5 }],
      }),
      status: 'OFF_AGREEMENT',
    },
    {
      title: 'a company outside any family',
      input: input({
        company: company({ globalAccountId: null }),
        deal: deal({ frameworkAgreementId: null }),
      }),
      status: 'NOT_APPLICABLE',
    },
    {
      title: 'a company that joined the family after the close date',
      input: input({
        company: company({ globalAccountSince: day('2026-07-01') }),
        deal: deal({ frameworkAgreementId: null }),
      }),
      status: 'NOT_APPLICABLE',
    },
    {
      title: 'a country no agreement covers',
      input: input({
        agreements: [ASSOCIATION],
        deal: deal({ frameworkAgreementId: null }),
      }),
      status: 'NOT_APPLICABLE',
    },
    {
      title: 'a close date after the agreement ends',
      input: input({ deal: deal({ closeDate: day('2027-01-01') }) }),
      status: 'EXPIRED_AGREEMENT',
    },
    {
      title: 'linked without a list amount to compare',
      input: input({ deal: deal({ listAmount: null }) }),
      status: 'COMPLIANT',
    },
    {
      title: 'an expired agreement for a deal closed while it ran',
      input: input({
        agreements: [{ ...GLOBAL, status: 'EXPIRED' }],
        today: day('2027-02-01'),
      }),
      status: 'COMPLIANT',
    },
  ])('says $status when $title', ({ input: given, status }) => {
    const result = resolveDealCompliance(given);

    expect(result.success && result.data.status).toBe(status);
  });

  it('names the tied agreements and chooses none on AGREEMENT_CONFLICT', () => {
    const result = resolveDealCompliance(
      input({ company: company({ countryCode: 'DE' }) }),
    );

    expect(result).toMatchObject({
      success: true,
      data: {
        agreementId: null,
        candidateAgreementIds: ['fa-assoc', 'fa-global'],
        reason:
          'DE association and Nordlys global framework both cover this deal with priority 0: set their priorities or choose one.',
      },
    });
  });

  it('explains a price below the agreement in one sentence', () => {
    const result = resolveDealCompliance(withPrice(85_000));

    expect(result.success && result.data.reason).toBe(
      'Discount 15% exceeds the 10% agreed in Nordlys global framework: priced below the agreement.',
    );
  });

  it('refuses a negative price tolerance', () => {
    const result = resolveDealCompliance(input({ priceTolerancePercent: -1 }));

    expect(result).toMatchObject({
      success: false,
      error: { code: 'INVALID_PRICE_TOLERANCE' },
    });
  });

  it('refuses to compare an amount and a list amount in two currencies', () => {
    const result = resolveDealCompliance(
      input({
        deal: deal({
          listAmount: { amountMicros: micros(100_000), currencyCode: 'USD' },
        }),
      }),
    );

    expect(result).toMatchObject({
      success: false,
      error: { code: 'PRICE_CURRENCY_MISMATCH' },
    });
  });
});
