import {
  AggregateOperations,
  defineView,
  ViewFilterOperand,
  ViewSortDirection,
  ViewType,
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
  CREDIT_BY_COUNTRY_VIEW_FIELD_IDS,
  CREDIT_BY_COUNTRY_VIEW_FILTER_IDS,
  CREDIT_BY_COUNTRY_VIEW_SORT_IDS,
  CREDIT_BY_COUNTRY_VIEW_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

const FIELDS = [
  ['countryCode', CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER],
  ['period', CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER],
  ['recipient', CREDIT_ALLOCATION_RECIPIENT_FIELD_UNIVERSAL_IDENTIFIER],
  ['creditType', CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER],
  ['percent', CREDIT_ALLOCATION_PERCENT_FIELD_UNIVERSAL_IDENTIFIER],
  ['amount', CREDIT_ALLOCATION_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'reportingAmount',
    CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  ['status', CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER],
  ['opportunity', CREDIT_ALLOCATION_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'globalAccount',
    CREDIT_ALLOCATION_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
] as const;

// Credit still due per office (reversed lines hidden), newest period first,
// totals in the reporting currency. A view filter cannot name "the current period" (period is
// text): the newest period comes first and a manager narrows it with a filter.
export default defineView({
  universalIdentifier: CREDIT_BY_COUNTRY_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Credit by country (latest period first)',
  objectUniversalIdentifier: CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  type: ViewType.TABLE,
  icon: 'IconFlag',
  position: 0,
  fields: FIELDS.map(([name, fieldMetadataUniversalIdentifier], position) => ({
    universalIdentifier: CREDIT_BY_COUNTRY_VIEW_FIELD_IDS[name],
    fieldMetadataUniversalIdentifier,
    position,
    isVisible: true,
    ...(name === 'reportingAmount'
      ? { aggregateOperation: AggregateOperations.SUM }
      : {}),
  })),
  filters: [
    {
      universalIdentifier: CREDIT_BY_COUNTRY_VIEW_FILTER_IDS.status,
      fieldMetadataUniversalIdentifier:
        CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      operand: ViewFilterOperand.IS,
      value: CREDIT_LINE_STATUSES.filter((status) => status !== 'REVERSED'),
    },
  ],
  sorts: [
    {
      universalIdentifier: CREDIT_BY_COUNTRY_VIEW_SORT_IDS.period,
      fieldMetadataUniversalIdentifier:
        CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.DESC,
    },
    {
      universalIdentifier: CREDIT_BY_COUNTRY_VIEW_SORT_IDS.countryCode,
      fieldMetadataUniversalIdentifier:
        CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.ASC,
    },
  ],
});
