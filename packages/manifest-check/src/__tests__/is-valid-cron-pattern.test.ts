import { isValidCronPattern } from '../utils/is-valid-cron-pattern.util';

describe('isValidCronPattern', () => {
  it.each([
    '17 3 * * *',
    '*/15 * * * *',
    '0 0 1 JAN,JUL *',
    '0 8-18/2 * * MON-FRI',
    '0 0 * * 7',
  ])('accepts "%s"', (pattern) => {
    expect(isValidCronPattern(pattern)).toBe(true);
  });

  it.each([
    '',
    '* * * *',
    '* * * * * *',
    '60 * * * *',
    '0 24 * * *',
    '0 0 0 * *',
    '0 0 * 13 *',
    '5-1 * * * *',
    '*/x * * * *',
    '1,,2 * * * *',
  ])('rejects "%s"', (pattern) => {
    expect(isValidCronPattern(pattern)).toBe(false);
  });
});
