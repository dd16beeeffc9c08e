import { getCurrencyExponent, parseCurrencyCode } from '../currency.util';

describe('parseCurrencyCode', () => {
  it.each([
    { code: 'EUR', exponent: 2 },
    { code: 'JPY', exponent: 0 },
    { code: 'BHD', exponent: 3 },
  ])('accepts $code with $exponent decimals', ({ code, exponent }) => {
    const parsed = parseCurrencyCode(code);

    expect(parsed.success).toBe(true);
    if (parsed.success) expect(getCurrencyExponent(parsed.data)).toBe(exponent);
  });

  it.each(['XAU', 'XXX', 'EURO', 'eur', ''])('rejects %j', (code) => {
    expect(parseCurrencyCode(code)).toEqual({
      success: false,
      error: { code: 'UNKNOWN_CURRENCY', currencyCode: code },
    });
  });
});
