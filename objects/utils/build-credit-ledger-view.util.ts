import {
  AggregateOperations,
  ViewFilterOperand,
  ViewSortDirection,
  ViewType,
  type ViewConfig,
} from 'twenty-sdk/define';

import { CREDIT_LINE_STATUSES } from '@global-accounts/domain';

import {
  CREDIT_ALLOCATION_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_RECIPIENT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

const CREDIT_FIELDS = {
  countryCode: CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  period: CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
  recipient: CREDIT_ALLOCATION_RECIPIENT_FIELD_UNIVERSAL_IDENTIFIER,
  creditType: CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
  percent: CREDIT_ALLOCATION_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
  amount: CREDIT_ALLOCATION_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  reportingAmount:
    CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  status: CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  opportunity: CREDIT_ALLOCATION_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  globalAccount: CREDIT_ALLOCATION_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
} as const;

type CreditField = keyof typeof CREDIT_FIELDS;

export type CreditLedgerViewSpec = {
  universalIdentifier: string;
  name: string;
  icon: string;
  position: number;
  /** Columns in display order, each with its view-field id. */
  fieldIds: Record<CreditField, string>;
  fieldOrder: readonly CreditField[];
  statusFilterId: string;
  /** Sorts after the period (newest first): field and sort id. */
  thenSortBy: { field: CreditField; sortId: string };
  periodSortId: string;
};

// Credit still due (reversed lines hidden), newest period first, totals in the reporting
// currency. A view filter cannot name "the current period" (period is text): the newest
// period comes first and a manager narrows it with a filter.
export const buildCreditLedgerView = (
  spec: CreditLedgerViewSpec,
): ViewConfig => ({
  universalIdentifier: spec.universalIdentifier,
  name: spec.name,
  objectUniversalIdentifier: CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  type: ViewType.TABLE,
  icon: spec.icon,
  position: spec.position,
  fields: spec.fieldOrder.map((name, position) => ({
    universalIdentifier: spec.fieldIds[name],
    fieldMetadataUniversalIdentifier: CREDIT_FIELDS[name],
    position,
    isVisible: true,
    ...(name === 'reportingAmount'
      ? { aggregateOperation: AggregateOperations.SUM }
      : {}),
  })),
  filters: [
    {
      universalIdentifier: spec.statusFilterId,
      fieldMetadataUniversalIdentifier:
        CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      operand: ViewFilterOperand.IS,
      value: CREDIT_LINE_STATUSES.filter((status) => status !== 'REVERSED'),
    },
  ],
  sorts: [
    {
      universalIdentifier: spec.periodSortId,
      fieldMetadataUniversalIdentifier:
        CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.DESC,
    },
    {
      universalIdentifier: spec.thenSortBy.sortId,
      fieldMetadataUniversalIdentifier: CREDIT_FIELDS[spec.thenSortBy.field],
      direction: ViewSortDirection.ASC,
    },
  ],
});
