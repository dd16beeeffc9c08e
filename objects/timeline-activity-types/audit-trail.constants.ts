import {
  CONFLICT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CONFLICT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// The audit trail: Twenty writes one timeline entry on the related opportunity or global
// account when a credit line or a conflict is created, or when one of the fields below
// changes, with who changed it and the diff (before and after of every changed field).
// One emit per (action, object, relation), as Twenty requires, hence two types per change.

/**
 * A credit line's share, amount or status changed (a reversal is a status change). The engine
 * never moves a line to another recipient: it reverses it and writes a new one.
 */
export const CREDIT_LINE_AUDITED_FIELDS = [
  CREDIT_ALLOCATION_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
];

/** A conflict's status: dismissed, resolved (with its reason) or raised again. */
export const CONFLICT_AUDITED_FIELDS = [
  CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
];

export const CREDIT_LINE_EMIT = {
  objectUniversalIdentifier: CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  onOpportunity: CREDIT_ALLOCATION_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  onAccount: CREDIT_ALLOCATION_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
};

export const CONFLICT_EMIT = {
  objectUniversalIdentifier: CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  onOpportunity: CONFLICT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  onAccount: CONFLICT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
};
