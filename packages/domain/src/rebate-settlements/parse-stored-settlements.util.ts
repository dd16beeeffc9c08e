import { type AgreementEngineError } from '../agreement-volume/agreement-engine-error.type';
import {
  type CurrencyAmount,
  type StoredSettlement,
} from '../agreement-volume/agreement-engine-input.type';
import { type CurrencyCode } from '../money/currency.util';
import { moneyFromMicros } from '../money/micros.util';
import { fail, ok, type Result } from '../shared/result.type';
import { type ParsedStoredSettlement } from './rebate-settlement.type';

/** Stored settlements in minor units; one in another currency than the agreement is refused. */
export const parseStoredSettlements = ({
  stored,
  currency,
}: {
  stored: readonly StoredSettlement[];
  currency: CurrencyCode;
}): Result<ParsedStoredSettlement[], AgreementEngineError> => {
  const parsed: ParsedStoredSettlement[] = [];
  for (const settlement of stored) {
    const amounts: number[] = [];
    for (const amount of [
      settlement.cumulativeVolume,
      settlement.rebateAmount,
      settlement.settlementAmount,
    ] as (CurrencyAmount | null)[]) {
      const money = moneyFromMicros(
        amount?.amountMicros ?? 0,
        amount?.currencyCode ?? currency,
      );
      if (!money.success || money.data.currency !== currency) {
        return fail({
          code: 'SETTLEMENT_CURRENCY_MISMATCH',
          period: settlement.period,
          message: `the ${settlement.period} settlement is in ${amount?.currencyCode ?? '?'}, not in the agreement currency ${currency}: settlements cannot be compared across currencies`,
        });
      }
      amounts.push(money.data.amountMinor);
    }
    parsed.push({
      id: settlement.id,
      period: settlement.period,
      cumulativeVolumeMinor: amounts[0] as number,
      rebateAmountMinor: amounts[1] as number,
      settlementAmountMinor: amounts[2] as number,
      status: settlement.status ?? 'PROVISIONAL',
    });
  }
  return ok(parsed);
};
