import {
  defineView,
  ViewFilterOperand,
  ViewSortDirection,
  ViewType,
} from 'twenty-sdk/define';

import {
  AGREEMENTS_EXPIRING_VIEW_FIELD_IDS,
  AGREEMENTS_EXPIRING_VIEW_FILTER_IDS,
  AGREEMENTS_EXPIRING_VIEW_SORT_IDS,
  AGREEMENTS_EXPIRING_VIEW_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_AGREEMENT_NUMBER_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_GAP_TO_NEXT_TIER_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

/**
 * Twenty's relative date filter value, `<THIS|PAST|NEXT>_<amount>_<unit>` (twentyhq/twenty
 * packages/twenty-shared/src/utils/filter/dates/utils/relativeDateFilterStringifiedSchema.ts).
 * NEXT runs from tomorrow to tomorrow + 90 days in the viewer's time zone
 * (resolveRelativeDateFilter.ts beside it), so the filter moves with the calendar.
 */
const NEXT_90_DAYS_FILTER_VALUE = 'NEXT_90_DAY';

const FIELDS = [
  ['name', FRAMEWORK_AGREEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'agreementNumber',
    FRAMEWORK_AGREEMENT_AGREEMENT_NUMBER_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  [
    'globalAccount',
    FRAMEWORK_AGREEMENT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  ['kind', FRAMEWORK_AGREEMENT_KIND_FIELD_UNIVERSAL_IDENTIFIER],
  ['endDate', FRAMEWORK_AGREEMENT_END_DATE_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'volumeToDate',
    FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  [
    'gapToNextTier',
    FRAMEWORK_AGREEMENT_GAP_TO_NEXT_TIER_FIELD_UNIVERSAL_IDENTIFIER,
  ],
] as const;

// The renewal queue: active agreements whose end date falls within the next 90 days (the first
// expiry reminder of AGREEMENTS.md), the soonest first.
export default defineView({
  universalIdentifier: AGREEMENTS_EXPIRING_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Agreements expiring within 90 days',
  objectUniversalIdentifier: FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  type: ViewType.TABLE,
  icon: 'IconCalendarExclamation',
  position: 1,
  fields: FIELDS.map(([name, fieldMetadataUniversalIdentifier], position) => ({
    universalIdentifier: AGREEMENTS_EXPIRING_VIEW_FIELD_IDS[name],
    fieldMetadataUniversalIdentifier,
    position,
    isVisible: true,
  })),
  filters: [
    {
      universalIdentifier: AGREEMENTS_EXPIRING_VIEW_FILTER_IDS.status,
      fieldMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      operand: ViewFilterOperand.IS,
      value: ['ACTIVE'],
    },
    {
      universalIdentifier: AGREEMENTS_EXPIRING_VIEW_FILTER_IDS.endDate,
      fieldMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      operand: ViewFilterOperand.IS_RELATIVE,
      value: NEXT_90_DAYS_FILTER_VALUE,
    },
  ],
  sorts: [
    {
      universalIdentifier: AGREEMENTS_EXPIRING_VIEW_SORT_IDS.endDate,
      fieldMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.ASC,
    },
  ],
});
