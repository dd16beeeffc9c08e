import { type CreditLineFields } from './credit-line.type';

// Bump when the meaning of a key changes, so old and new lines never collide.
export const ENTRY_KEY_VERSION = 'v1';

/** Deterministic idempotency key: the same opportunity state always yields the same keys. */
export const buildEntryKey = (
  line: Pick<
    CreditLineFields,
    | 'opportunityId'
    | 'recipientId'
    | 'creditType'
    | 'entryType'
    | 'period'
    | 'amount'
  >,
): string =>
  `${line.opportunityId}:${line.recipientId}:${line.creditType}:${line.entryType}:${line.period}:${line.amount.currency}:${ENTRY_KEY_VERSION}`;
