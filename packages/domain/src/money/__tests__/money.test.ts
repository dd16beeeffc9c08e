import { parseCurrencyCode, type CurrencyCode } from '../currency.util';
import { buildRateTable, convertMoney } from '../exchange-rate.util';
import { formatMoney, moneyFromMicros, toAmountMicros } from '../micros.util';

const code = (value: string): CurrencyCode => {
  const parsed = parseCurrencyCode(value);
  if (!parsed.success) throw new Error(value);
  return parsed.data;
};

describe('moneyFromMicros', () => {
  it.each([
    {
      micros: 100_000_000_000,
      currency: 'EUR',
      minor: 10_000_000,
      text: '100000.00 EUR',
    },
    { micros: 1_500_000, currency: 'JPY', minor: 2, text: '2 JPY' },
    { micros: 1_234_500, currency: 'BHD', minor: 1235, text: '1.235 BHD' },
    { micros: -10_000, currency: 'EUR', minor: -1, text: '-0.01 EUR' },
  ])(
    'turns $micros micros of $currency into $minor minor units',
    ({ micros, currency, minor, text }) => {
      const money = moneyFromMicros(micros, currency);

      expect(money).toEqual({
        success: true,
        data: { amountMinor: minor, currency },
      });
      if (money.success) expect(formatMoney(money.data)).toBe(text);
    },
  );

  it('round-trips whole minor units', () => {
    expect(toAmountMicros({ amountMinor: 1235, currency: code('BHD') })).toBe(
      1_235_000,
    );
  });

  it.each([Number.NaN, 1.5, Number.POSITIVE_INFINITY, 2 ** 60])(
    'refuses %p micros',
    (micros) => {
      expect(moneyFromMicros(micros, 'EUR')).toMatchObject({
        success: false,
        error: { code: 'INVALID_AMOUNT' },
      });
    },
  );
});

describe('convertMoney', () => {
  it('converts with the explicit rate, the inverse rate and across exponents', () => {
    const table = buildRateTable([
      { fromCurrency: 'EUR', toCurrency: 'JPY', rate: '160.25' },
    ]);
    if (!table.success) throw new Error('rates');

    expect(
      convertMoney(
        { amountMinor: 10_001, currency: code('EUR') },
        code('JPY'),
        table.data,
      ),
    ).toEqual({ amountMinor: 16_027, currency: 'JPY' });
    expect(
      convertMoney(
        { amountMinor: 16_025, currency: code('JPY') },
        code('EUR'),
        table.data,
      ),
    ).toEqual({ amountMinor: 10_000, currency: 'EUR' });
    expect(
      convertMoney(
        { amountMinor: 1, currency: code('EUR') },
        code('SEK'),
        table.data,
      ),
    ).toBeUndefined();
  });
});
