import { type CurrencyCode } from '../../money/currency.util';
import { describeOffAgreementByCountry } from '../describe-off-agreement-by-country.util';

const eur = (amountMinor: number) => ({
  amountMinor,
  currency: 'EUR' as CurrencyCode,
});

describe('describeOffAgreementByCountry', () => {
  it('lists each country with its volume, the largest first, cents only where there are some', () => {
    expect(
      describeOffAgreementByCountry([
        { countryCode: 'DE', volume: eur(1_250_050) },
        { countryCode: 'PL', volume: eur(3_800_000) },
        { countryCode: 'FR', volume: eur(1_250_050) },
      ]),
    ).toBe('PL 38,000 EUR · DE 12,500.50 EUR · FR 12,500.50 EUR');
  });

  it('leaves out countries whose volume nets to zero and is empty when nothing leaked', () => {
    expect(
      describeOffAgreementByCountry([{ countryCode: 'PL', volume: eur(0) }]),
    ).toBe('');
    expect(describeOffAgreementByCountry([])).toBe('');
  });
});
