import fc from 'fast-check';

import { parseDecimalToMicros } from '../parse-decimal-micros.util';

describe('parseDecimalToMicros', () => {
  it.each([
    { amount: '58500.5', micros: 58_500_500_000 },
    { amount: '0.01', micros: 10_000 },
    { amount: '1800000', micros: 1_800_000_000_000 },
    { amount: '-5.25', micros: -5_250_000 },
    { amount: '-0.5', micros: -500_000 },
    { amount: '+3', micros: 3_000_000 },
    { amount: '-0', micros: 0 },
    { amount: '0.000001', micros: 1 },
  ])('turns $amount into $micros micros exactly', ({ amount, micros }) => {
    expect(parseDecimalToMicros(amount)).toEqual({
      success: true,
      data: micros,
    });
  });

  it.each([
    '',
    '1.2.3',
    '1,5',
    'abc',
    '1.0000001',
    '1e3',
    '.5',
    '99999999999999',
  ])('refuses %j', (amount) => {
    expect(parseDecimalToMicros(amount).success).toBe(false);
  });

  it('is exact and symmetric in the sign for every amount with up to 6 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9_000_000_000_000, max: 9_000_000_000_000 }),
        (micros) => {
          const magnitude = Math.abs(micros);
          const units = Math.floor(magnitude / 1_000_000);
          const fraction = String(magnitude % 1_000_000).padStart(6, '0');
          const text = `${micros < 0 ? '-' : ''}${units}.${fraction}`;
          expect(parseDecimalToMicros(text)).toEqual({
            success: true,
            data: micros === 0 ? 0 : micros,
          });
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
