import { type CurrencyCode } from '../money/currency.util';
import {
  type ParsedStoredSettlement,
  type SettlementFigures,
  type SettlementPlan,
} from './rebate-settlement.type';

export type SettlementPoint = {
  period: string;
  isClosed: boolean;
  cumulativeVolumeMinor: number;
};

const isSame = (stored: SettlementFigures, figures: SettlementFigures) =>
  stored.cumulativeVolumeMinor === figures.cumulativeVolumeMinor &&
  stored.rebateAmountMinor === figures.rebateAmountMinor &&
  stored.settlementAmountMinor === figures.settlementAmountMinor &&
  stored.status === figures.status;

const toPlan = (
  figures: SettlementFigures,
  stored: ParsedStoredSettlement | undefined,
  currency: CurrencyCode,
): SettlementPlan => ({
  id: stored?.id ?? null,
  period: figures.period,
  cumulativeVolume: { amountMinor: figures.cumulativeVolumeMinor, currency },
  rebateAmount: { amountMinor: figures.rebateAmountMinor, currency },
  settlementAmount: { amountMinor: figures.settlementAmountMinor, currency },
  status: figures.status,
  change:
    stored === undefined
      ? 'create'
      : isSame(stored, figures)
        ? 'unchanged'
        : 'update',
});

/**
 * AGREEMENTS.md "Settlement n = rebate(cumulative volume at n) − sum of earlier settlements".
 * A stored FINAL settlement is kept as it is, whatever the volume says now: the difference lands
 * in the next open period, or in `adjustmentPeriod` (the open period holding today) after the
 * last one. A stored PROVISIONAL settlement for a period the agreement no longer spans drops to 0.
 */
export const planRebateSettlements = ({
  points,
  stored,
  rebateOf,
  currency,
  adjustmentPeriod,
}: {
  points: readonly SettlementPoint[];
  stored: readonly ParsedStoredSettlement[];
  rebateOf: (volumeMinor: number) => number;
  currency: CurrencyCode;
  adjustmentPeriod: string | null;
}): { settlements: SettlementPlan[]; unsettledMinor: number } => {
  const storedByPeriod = new Map(stored.map((entry) => [entry.period, entry]));
  const listed = new Set(points.map((point) => point.period));
  const settlements: SettlementPlan[] = [];
  let settled = 0;
  for (const entry of stored) {
    if (listed.has(entry.period) || entry.period === adjustmentPeriod) continue;
    const figures: SettlementFigures =
      entry.status === 'FINAL'
        ? entry
        : { ...entry, rebateAmountMinor: 0, settlementAmountMinor: 0 };
    settled += figures.settlementAmountMinor;
    settlements.push(toPlan(figures, entry, currency));
  }
  let finalVolume = 0;
  const settle = (point: SettlementPoint) => {
    const existing = storedByPeriod.get(point.period);
    finalVolume = point.cumulativeVolumeMinor;
    if (existing?.status === 'FINAL') {
      settled += existing.settlementAmountMinor;
      settlements.push(toPlan(existing, existing, currency));
      return;
    }
    const rebateAmountMinor = rebateOf(point.cumulativeVolumeMinor);
    const figures: SettlementFigures = {
      period: point.period,
      cumulativeVolumeMinor: point.cumulativeVolumeMinor,
      rebateAmountMinor,
      settlementAmountMinor: rebateAmountMinor - settled,
      status: point.isClosed ? 'FINAL' : 'PROVISIONAL',
    };
    settled += figures.settlementAmountMinor;
    settlements.push(toPlan(figures, existing, currency));
  };
  points.forEach(settle);
  const needsAdjustment =
    adjustmentPeriod !== null &&
    !listed.has(adjustmentPeriod) &&
    (rebateOf(finalVolume) !== settled || storedByPeriod.has(adjustmentPeriod));
  if (needsAdjustment) {
    settle({
      period: adjustmentPeriod,
      isClosed: false,
      cumulativeVolumeMinor: finalVolume,
    });
  }
  return { settlements, unsettledMinor: rebateOf(finalVolume) - settled };
};
