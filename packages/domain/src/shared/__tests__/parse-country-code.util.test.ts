import countries from 'i18n-iso-countries';
import fc from 'fast-check';

import { parseCountryCode } from '../parse-country-code.util';

describe('parseCountryCode', () => {
  it.each([
    { value: 'DE', code: 'DE' },
    { value: 'de', code: 'DE' },
    { value: ' DE ', code: 'DE' },
    { value: '\tse\n', code: 'SE' },
    { value: 'Us', code: 'US' },
  ])('reads $value as $code', ({ value, code }) => {
    expect(parseCountryCode({ field: 'shipToCountry', value })).toEqual({
      success: true,
      data: code,
    });
  });

  it.each(['', 'XX', 'DEU', 'Germany', 'D', 'EU', 'UK', '12'])(
    'refuses %j with a message that names the field',
    (value) => {
      const code = parseCountryCode({
        field: 'opportunity.shipToCountry',
        value,
      });

      expect(code.success).toBe(false);
      if (!code.success) {
        expect(code.error.field).toBe('opportunity.shipToCountry');
        expect(code.error.message).toMatch(/^opportunity\.shipToCountry: /);
      }
    },
  );

  it('accepts every ISO 3166-1 alpha-2 code in any case and padding, and nothing else of two letters', () => {
    const known = new Set(Object.keys(countries.getAlpha2Codes()));
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z]{2}$/),
        fc.stringMatching(/^[ \t]{0,2}$/),
        (letters, padding) => {
          const code = parseCountryCode({
            field: 'f',
            value: `${padding}${letters}${padding}`,
          });
          expect(code.success).toBe(known.has(letters.toUpperCase()));
          if (code.success) expect(code.data).toBe(letters.toUpperCase());
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
