import { type CreditPeriod } from '../credit-ledger/credit-line.type';
import { type ExchangeRate } from '../money/exchange-rate.util';
import { type Money } from '../money/money.type';
import { type SettlementPlan } from '../rebate-settlements/rebate-settlement.type';
import { type IsoDate } from '../shared/iso-date.util';
import {
  type AgreementRecord,
  type FamilyCompany,
  type RebateTierRecord,
  type StoredSettlement,
  type VolumeBucket,
} from './agreement-engine-input.type';
import { type AgreementTerms } from './agreement-terms.type';

/** Everything computeAgreementProgress needs, as plain data a gateway loads in ≤ 3 requests. */
export type AgreementProgressInput = {
  agreement: AgreementRecord;
  tiers: readonly RebateTierRecord[];
  /** The family's companies (id, countryCode, globalAccountSince). */
  companies: readonly FamilyCompany[];
  /** Won volume of the family grouped by company, agreement link, currency and close day. */
  volumeBuckets: readonly VolumeBucket[];
  rates: readonly ExchangeRate[];
  periods: readonly CreditPeriod[];
  /** The agreement's stored rebateSettlement records. */
  settlements: readonly StoredSettlement[];
  /** Today's date: the clock is a parameter. */
  today: IsoDate;
};

export type PeriodVolume = {
  period: string;
  endDateInclusive: IsoDate;
  isClosed: boolean;
  volume: Money;
  cumulativeVolume: Money;
};

/** The agreement's progress fields (DATA-MODEL.md) plus what the record page and alerts show. */
export type AgreementProgress = {
  terms: AgreementTerms;
  volumeToDate: Money;
  rebateToDate: Money;
  /** null below the first tier. */
  currentTierNumber: number | null;
  currentRebateBasisPoints: number;
  /** The NUMBER stored in Twenty (2 decimals). */
  currentRebatePercent: number;
  /** null once the top tier is reached. */
  nextTierNumber: number | null;
  nextTierThreshold: Money | null;
  gapToNextTier: Money | null;
  offAgreementVolume: Money;
  /** Per covered country with off-agreement volume, sorted by country code. */
  offAgreementVolumeByCountry: { countryCode: string; volume: Money }[];
  volumeByPeriod: PeriodVolume[];
  settlements: SettlementPlan[];
  /** Difference no open period could take (0 unless every period to today is closed). */
  unsettledAmount: Money;
};
