import { toAmountMicros, type Money } from '@global-accounts/domain';
import {
  type AgreementNode,
  type AgreementProgressFields,
} from '@global-accounts/twenty-gateway';

type StoredMoney = AgreementNode['volumeToDate'];

const isSameMoney = (stored: StoredMoney, money: Money | null): boolean => {
  const storedEmpty = stored === null || stored.amountMicros === null;
  if (money === null) return storedEmpty;
  return (
    !storedEmpty &&
    stored.amountMicros === toAmountMicros(money) &&
    stored.currencyCode === money.currency
  );
};

/** True when the stored progress fields already say what was computed (nothing to write). */
export const isSameProgress = ({
  stored,
  computed,
}: {
  stored: Pick<
    AgreementNode,
    | 'volumeToDate'
    | 'rebateToDate'
    | 'nextTierThreshold'
    | 'gapToNextTier'
    | 'offAgreementVolume'
    | 'offAgreementVolumeByCountry'
    | 'currentRebatePercent'
  >;
  computed: AgreementProgressFields;
}): boolean =>
  isSameMoney(stored.volumeToDate, computed.volumeToDate) &&
  isSameMoney(stored.rebateToDate, computed.rebateToDate) &&
  isSameMoney(stored.nextTierThreshold, computed.nextTierThreshold) &&
  isSameMoney(stored.gapToNextTier, computed.gapToNextTier) &&
  isSameMoney(stored.offAgreementVolume, computed.offAgreementVolume) &&
  (stored.offAgreementVolumeByCountry ?? '') ===
    computed.offAgreementVolumeByCountry &&
  stored.currentRebatePercent === computed.currentRebatePercent;
