import { RecordsException } from '../records/records.exception';
import { validateDateFieldOrThrow } from './validate-date-field-or-throw.util';
import { validateDateTimeFieldOrThrow } from './validate-date-time-field-or-throw.util';

// Table tests against Twenty's data-arg validators (validate-date-field-or-throw.util.ts,
// validate-date-time-field-or-throw.util.ts) and twenty-shared's parseToInstantOrThrow.

describe('validateDateFieldOrThrow', () => {
  it.each([
    ['2026-01-31', '2026-01-31'],
    ['20260131', '20260131'],
    ['2026/01/31', '2026/01/31'],
    ['01/31/2026', '01/31/2026'],
    ['January 31, 2026', 'January 31, 2026'],
    ['2026-01-31T10:00:00.000Z', '2026-01-31T10:00:00.000Z'],
    [null, null],
  ])('keeps %p as written', (value, expected) => {
    expect(validateDateFieldOrThrow({ value, fieldName: 'startDate' })).toBe(
      expected,
    );
  });

  it.each(['31.01.2026x', '2026-13-01', '2026-02-30', 'soon', '', 20260131])(
    'refuses %p with Twenty message',
    (value) => {
      expect(() =>
        validateDateFieldOrThrow({ value, fieldName: 'startDate' }),
      ).toThrow(
        new RecordsException(
          `Invalid value ${typeof value === 'string' ? `'${value}'` : String(value)} for date field "startDate". Expected format: 'YYYY-MM-DD'`,
          'INVALID_ARGS_DATA',
        ),
      );
    },
  );
});

describe('validateDateTimeFieldOrThrow', () => {
  it.each([
    ['2026-01-31T10:15:00Z', '2026-01-31T10:15:00Z'],
    ['2026-01-31T10:15:00.250Z', '2026-01-31T10:15:00.25Z'],
    ['2026-01-31T12:15:00+02:00', '2026-01-31T10:15:00Z'],
    ['2026-01-31T10:15:00', '2026-01-31T10:15:00Z'],
    ['2026-01-31', '2026-01-31T00:00:00Z'],
    ['01/31/2026', '2026-01-31T00:00:00Z'],
    [new Date(Date.UTC(2026, 0, 31, 10, 15)), '2026-01-31T10:15:00Z'],
    [null, null],
  ])('normalises %p to an ISO instant', (value, expected) => {
    expect(
      validateDateTimeFieldOrThrow({ value, fieldName: 'closeDate' }),
    ).toBe(expected);
  });

  it.each([
    ['tomorrow', "'tomorrow'"],
    ['2026-01-32T00:00:00Z', "'2026-01-32T00:00:00Z'"],
    [new Date(Number.NaN), 'Invalid Date'],
    [1769854500000, '1769854500000'],
  ])('refuses %p with Twenty message', (value, inspected) => {
    expect(() =>
      validateDateTimeFieldOrThrow({ value, fieldName: 'closeDate' }),
    ).toThrow(
      `Invalid value ${inspected} for date-time field "closeDate". Expected format: 'YYYY-MM-DDTHH:mm:ssZ'`,
    );
  });
});
