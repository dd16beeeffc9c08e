import {
  type AgreementRecord,
  type CurrencyAmount,
  type FrameworkAgreementId,
} from '../agreement-volume/agreement-engine-input.type';
import { type AgreementComplianceStatus } from '../shared/data-model.constants';
import {
  type CompanyId,
  type GlobalAccountId,
  type OpportunityId,
} from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';

export type ComplianceDeal = {
  id: OpportunityId;
  /** Day of the close date; null = judged on `today`. */
  closeDate: IsoDate | null;
  frameworkAgreementId: FrameworkAgreementId | null;
  amount: CurrencyAmount | null;
  listAmount: CurrencyAmount | null;
};

export type ComplianceCompany = {
  id: CompanyId;
  globalAccountId: GlobalAccountId | null;
  countryCode: string | null;
  globalAccountSince: IsoDate | null;
};

export type DealComplianceInput = {
  deal: ComplianceDeal;
  company: ComplianceCompany | null;
  /** The family's agreements, plus the deal's linked agreement if it belongs elsewhere. */
  agreements: readonly AgreementRecord[];
  /** Admin setting: how far (in percentage points) the discount may stray from the agreed one. */
  priceTolerancePercent: number;
  today: IsoDate;
};

export type DealCompliance = {
  status: AgreementComplianceStatus;
  /** The agreement the status is about (the applicable or the linked one). */
  agreementId: FrameworkAgreementId | null;
  agreementName: string | null;
  /** AGREEMENT_CONFLICT: the agreements priority cannot choose between, by id. */
  candidateAgreementIds: FrameworkAgreementId[];
  day: IsoDate;
  /** One sentence a rep understands. */
  reason: string;
  /** Discount off list price actually given, in basis points (null when not compared). */
  actualDiscountBasisPoints: number | null;
};

export type DealComplianceError =
  | { code: 'INVALID_PRICE_TOLERANCE'; message: string }
  | { code: 'PRICE_CURRENCY_MISMATCH'; message: string };
