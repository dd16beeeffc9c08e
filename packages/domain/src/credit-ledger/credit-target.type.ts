import { type Money } from '../money/money.type';
import { type CreditType } from '../shared/data-model.constants';
import { type WorkspaceMemberId } from '../shared/ids.type';
import { type CreditLine } from './credit-line.type';

/** What one person should hold of one credit type of an opportunity, as of now. */
export type CreditTarget = {
  recipientId: WorkspaceMemberId;
  creditType: CreditType;
  countryCode: string | null;
  basisPoints: number;
  amount: Money;
  reportingAmount: Money | null;
  reason: string;
  /** The manager's MANUAL line this target comes from, if the split is manual. */
  manualLine: CreditLine | undefined;
};

/** OPEN: provisional credit; WON: credited; GONE: lost, deleted or out of scope. */
export type DealState = 'OPEN' | 'WON' | 'GONE';
