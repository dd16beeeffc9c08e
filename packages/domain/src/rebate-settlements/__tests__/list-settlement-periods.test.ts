import { period } from '../../agreement-volume/__tests__/agreement.builders';
import { listSettlementPeriods } from '../list-settlement-periods.util';

describe('listSettlementPeriods', () => {
  it('lists the credit periods the agreement spans, and calendar quarters in the gaps', () => {
    const listed = listSettlementPeriods({
      periods: [
        period('2026-Q2', '2026-04-01', '2026-06-30', 'CLOSED'),
        period('Aug-26', '2026-08-15', '2026-08-31'),
      ],
      from: '2026-02-10' as never,
      toInclusive: '2026-10-05' as never,
    });

    expect(
      listed.map((entry) => [
        entry.name,
        entry.startDate,
        entry.endDateInclusive,
        entry.isClosed,
      ]),
    ).toEqual([
      ['2026-Q1', '2026-02-10', '2026-03-31', false],
      ['2026-Q2', '2026-04-01', '2026-06-30', true],
      ['2026-Q3', '2026-07-01', '2026-08-14', false],
      ['Aug-26', '2026-08-15', '2026-08-31', false],
      ['2026-Q3', '2026-09-01', '2026-09-30', false],
      ['2026-Q4', '2026-10-01', '2026-12-31', false],
    ]);
  });
});
