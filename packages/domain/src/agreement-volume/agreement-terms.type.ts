import { type CurrencyCode } from '../money/currency.util';
import { type RebateTiers } from '../rebate-tiers/rebate-tier.type';
import { type AgreementStatus } from '../shared/data-model.constants';
import { type GlobalAccountId } from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';
import { type FrameworkAgreementId } from './agreement-engine-input.type';

/** A validated agreement: dates ordered, currency known, tiers sorted. Both dates included. */
export type AgreementTerms = {
  id: FrameworkAgreementId;
  name: string;
  globalAccountId: GlobalAccountId | null;
  status: AgreementStatus | null;
  currency: CurrencyCode;
  startDate: IsoDate;
  endDateInclusive: IsoDate;
  /** null = every country of the family. */
  coveredCountries: ReadonlySet<string> | null;
  retroactive: boolean;
  tiers: RebateTiers;
};
