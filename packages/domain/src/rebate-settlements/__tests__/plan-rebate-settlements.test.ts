import { type CurrencyCode } from '../../money/currency.util';
import { planRebateSettlements } from '../plan-rebate-settlements.util';

const EUR = 'EUR' as CurrencyCode;
const twoPercent = (volumeMinor: number) => Math.round(volumeMinor * 0.02);

describe('planRebateSettlements', () => {
  it('writes nothing when the stored settlements already match', () => {
    const stored = [
      {
        id: 'rs-1',
        period: 'P1',
        cumulativeVolumeMinor: 1_000,
        rebateAmountMinor: 20,
        settlementAmountMinor: 20,
        status: 'PROVISIONAL' as const,
      },
    ];

    const { settlements } = planRebateSettlements({
      points: [{ period: 'P1', isClosed: false, cumulativeVolumeMinor: 1_000 }],
      stored,
      rebateOf: twoPercent,
      currency: EUR,
      adjustmentPeriod: 'P1',
    });

    expect(settlements.map((entry) => entry.change)).toEqual(['unchanged']);
  });

  it('drops a PROVISIONAL settlement of a period the agreement no longer spans to 0 and keeps a FINAL one', () => {
    const stored = [
      {
        id: 'rs-0',
        period: 'P0',
        cumulativeVolumeMinor: 500,
        rebateAmountMinor: 10,
        settlementAmountMinor: 10,
        status: 'FINAL' as const,
      },
      {
        id: 'rs-x',
        period: 'PX',
        cumulativeVolumeMinor: 900,
        rebateAmountMinor: 18,
        settlementAmountMinor: 8,
        status: 'PROVISIONAL' as const,
      },
    ];

    const { settlements } = planRebateSettlements({
      points: [{ period: 'P1', isClosed: false, cumulativeVolumeMinor: 1_000 }],
      stored,
      rebateOf: twoPercent,
      currency: EUR,
      adjustmentPeriod: 'P1',
    });

    expect(
      settlements.map((entry) => [
        entry.period,
        entry.settlementAmount.amountMinor,
        entry.change,
      ]),
    ).toEqual([
      ['P0', 10, 'unchanged'],
      ['PX', 0, 'update'],
      ['P1', 10, 'create'],
    ]);
  });
});
