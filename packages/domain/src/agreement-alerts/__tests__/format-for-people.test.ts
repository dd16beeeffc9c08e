import { type CurrencyCode } from '../../money/currency.util';
import {
  formatAmountForPeople,
  formatBasisPointsForPeople,
} from '../format-for-people.util';

describe('formatAmountForPeople', () => {
  it.each([
    [3_800_000, 'EUR', '38,000 EUR'],
    [3_800_050, 'EUR', '38,000.50 EUR'],
    [-14_000, 'EUR', '-140 EUR'],
    [1_234_567, 'JPY', '1,234,567 JPY'],
    [5, 'EUR', '0.05 EUR'],
  ])('writes %i minor units of %s as "%s"', (amountMinor, currency, text) => {
    expect(
      formatAmountForPeople({
        amountMinor,
        currency: currency as CurrencyCode,
      }),
    ).toBe(text);
  });

  it('writes basis points as a short percent', () => {
    expect([200, 250, 1_000].map(formatBasisPointsForPeople)).toEqual([
      '2%',
      '2.5%',
      '10%',
    ]);
  });
});
