// rebateSettlement.status (DATA-MODEL.md): PROVISIONAL while its credit period is open,
// FINAL once the period is closed; a FINAL settlement never changes again.
export const REBATE_SETTLEMENT_STATUSES = ['PROVISIONAL', 'FINAL'] as const;
export type RebateSettlementStatus =
  (typeof REBATE_SETTLEMENT_STATUSES)[number];
