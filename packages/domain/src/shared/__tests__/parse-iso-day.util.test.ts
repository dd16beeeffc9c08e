import fc from 'fast-check';

import { parseIsoDay } from '../parse-iso-day.util';

describe('parseIsoDay', () => {
  it.each([
    { value: '2026-11-27', day: '2026-11-27' },
    { value: '2026-11-27T12:00:00.000Z', day: '2026-11-27' },
    { value: '2026-11-27T00:00:00Z', day: '2026-11-27' },
    { value: '2026-11-27T23:59:59+02:00', day: '2026-11-27' },
    { value: '2026-11-27T08:30-0500', day: '2026-11-27' },
    { value: ' 2024-02-29 ', day: '2024-02-29' },
  ])('reads $value as $day', ({ value, day }) => {
    expect(parseIsoDay({ field: 'closeDate', value })).toEqual({
      success: true,
      data: day,
    });
  });

  it.each([
    '',
    'next week',
    '27/11/2026',
    '2026-13-01',
    '2026-02-30',
    '2025-02-29',
    '2026-11-27T25:00:00Z',
    '2026-11-27T12:00:00',
    '2026-11-27 12:00:00Z',
    '20261127',
  ])('refuses %j, naming the field', (value) => {
    const day = parseIsoDay({ field: 'creditPeriod Q4 startDate', value });

    expect(day.success).toBe(false);
    if (!day.success) {
      expect(day.error.code).toBe('INVALID_INPUT');
      expect(day.error.field).toBe('creditPeriod Q4 startDate');
      expect(day.error.message).toContain('creditPeriod Q4 startDate');
      expect(day.error.message).toContain(JSON.stringify(value));
    }
  });

  it('reads every instant as its UTC day, in both forms', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          const iso = instant.toISOString();
          const day = iso.slice(0, 10);
          expect(parseIsoDay({ field: 'd', value: iso })).toEqual({
            success: true,
            data: day,
          });
          expect(parseIsoDay({ field: 'd', value: day })).toEqual({
            success: true,
            data: day,
          });
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('never reads an arbitrary string as a day unless it starts with that day', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const day = parseIsoDay({ field: 'd', value });
        if (day.success) expect(value.trim().startsWith(day.data)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});
