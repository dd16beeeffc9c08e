import {
  type AgreementKind,
  type AgreementStatus,
} from '../shared/data-model.constants';
import { type CompanyId, type GlobalAccountId } from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';
import { type RebateSettlementStatus } from '../rebate-settlements/rebate-settlement-status.constant';

/** Twenty's CURRENCY composite as stored (amountMicros + currencyCode). */
export type CurrencyAmount = { amountMicros: number; currencyCode: string };

export type FrameworkAgreementId = string & {
  readonly __brand: 'FrameworkAgreementId';
};

/** A frameworkAgreement record as loaded by the gateway. Dates are Twenty DATEs: both ends included. */
export type AgreementRecord = {
  id: FrameworkAgreementId;
  globalAccountId: GlobalAccountId | null;
  name: string | null;
  kind: AgreementKind | null;
  status: AgreementStatus | null;
  startDate: IsoDate | null;
  endDateInclusive: IsoDate | null;
  currency: string | null;
  /** Empty = every country of the family. */
  coveredCountries: readonly string[];
  /** Two-decimal percent (12.5 = 12.50 %); null = no agreed price. */
  agreedDiscountPercent: number | null;
  retroactive: boolean;
  /** Higher wins; null counts as 0. */
  priority: number | null;
};

export type RebateTierRecord = {
  fromVolume: CurrencyAmount | null;
  /** Two-decimal percent. */
  rebatePercent: number | null;
};

/** A company of the family: volume counts only in covered countries and from globalAccountSince on. */
export type FamilyCompany = {
  id: CompanyId;
  countryCode: string | null;
  /** Empty = member since always. */
  globalAccountSince: IsoDate | null;
};

/**
 * The sum of won deals of one company, on one close day, in one currency, linked to one
 * agreement (or none): one row of a Twenty `opportunitiesGroupBy` over companyId,
 * frameworkAgreementId, amount.currencyCode and closeDate (granularity DAY).
 */
export type VolumeBucket = {
  companyId: CompanyId;
  frameworkAgreementId: FrameworkAgreementId | null;
  closeDate: IsoDate;
  amount: CurrencyAmount;
};

export type StoredSettlement = {
  id: string;
  period: string;
  cumulativeVolume: CurrencyAmount | null;
  rebateAmount: CurrencyAmount | null;
  settlementAmount: CurrencyAmount | null;
  status: RebateSettlementStatus | null;
};
