import { type Money } from '../money/money.type';
import {
  type CreditEntryType,
  type CreditLineSource,
  type CreditLineStatus,
  type CreditPeriodState,
  type CreditType,
} from '../shared/data-model.constants';
import {
  type CreditLineId,
  type GlobalAccountId,
  type OpportunityId,
  type WorkspaceMemberId,
} from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';

/** One creditAllocation record, percent as basis points and amounts in minor units. */
export type CreditLineFields = {
  opportunityId: OpportunityId;
  globalAccountId: GlobalAccountId;
  recipientId: WorkspaceMemberId;
  countryCode: string | null;
  creditType: CreditType;
  basisPoints: number;
  amount: Money;
  reportingAmount: Money | null;
  period: string;
  entryType: CreditEntryType;
  status: CreditLineStatus;
  source: CreditLineSource;
  reason: string;
  entryKey: string | null;
};

export type CreditLine = CreditLineFields & { id: CreditLineId };

/** A creditPeriod record; both dates belong to the period. */
export type CreditPeriod = {
  name: string;
  startDate: IsoDate;
  endDateInclusive: IsoDate;
  state: CreditPeriodState;
};

export type CreditLineUpdate = { id: CreditLineId; fields: CreditLineFields };

/** What to write so that the stored ledger equals the desired one. */
export type CreditLedgerDiff = {
  creates: CreditLineFields[];
  updates: CreditLineUpdate[];
  reversals: CreditLineUpdate[];
};

export const isManualDefinition = (line: CreditLineFields): boolean =>
  line.source === 'MANUAL' && line.entryType === 'ORIGINAL';
