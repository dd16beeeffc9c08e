import { type Money } from '../money/money.type';
import { type RebateSettlementStatus } from './rebate-settlement-status.constant';

/** A rebateSettlement in minor units of the agreement currency. */
export type SettlementFigures = {
  period: string;
  cumulativeVolumeMinor: number;
  rebateAmountMinor: number;
  settlementAmountMinor: number;
  status: RebateSettlementStatus;
};

export type ParsedStoredSettlement = SettlementFigures & { id: string };

/** What a rebateSettlement should be; `change` tells the gateway what to write (nothing when unchanged). */
export type SettlementPlan = {
  id: string | null;
  period: string;
  cumulativeVolume: Money;
  rebateAmount: Money;
  settlementAmount: Money;
  status: RebateSettlementStatus;
  change: 'create' | 'update' | 'unchanged';
};
