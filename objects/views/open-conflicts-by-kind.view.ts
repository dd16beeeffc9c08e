import {
  defineView,
  ViewFilterOperand,
  ViewSortDirection,
  ViewType,
} from 'twenty-sdk/define';

import { CONFLICT_KINDS } from '@global-accounts/domain';

import {
  CONFLICT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_DETECTED_AT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CONFLICT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_SEVERITY_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_SUMMARY_FIELD_UNIVERSAL_IDENTIFIER,
  OPEN_CONFLICTS_BY_KIND_VIEW_FIELD_IDS,
  OPEN_CONFLICTS_BY_KIND_VIEW_FILTER_IDS,
  OPEN_CONFLICTS_BY_KIND_VIEW_GROUP_IDS,
  OPEN_CONFLICTS_BY_KIND_VIEW_SORT_IDS,
  OPEN_CONFLICTS_BY_KIND_VIEW_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

const FIELDS = [
  ['summary', CONFLICT_SUMMARY_FIELD_UNIVERSAL_IDENTIFIER],
  ['kind', CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER],
  ['severity', CONFLICT_SEVERITY_FIELD_UNIVERSAL_IDENTIFIER],
  ['globalAccount', CONFLICT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER],
  ['company', CONFLICT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER],
  ['opportunity', CONFLICT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'frameworkAgreement',
    CONFLICT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  ['countries', CONFLICT_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER],
  ['detectedAt', CONFLICT_DETECTED_AT_FIELD_UNIVERSAL_IDENTIFIER],
] as const;

// The work queue: open conflicts only, one group per kind, newest first.
export default defineView({
  universalIdentifier: OPEN_CONFLICTS_BY_KIND_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Open conflicts by kind',
  objectUniversalIdentifier: CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  type: ViewType.TABLE,
  icon: 'IconAlertTriangle',
  position: 0,
  mainGroupByFieldMetadataUniversalIdentifier:
    CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
  shouldHideEmptyGroups: true,
  fields: FIELDS.map(([name, fieldMetadataUniversalIdentifier], position) => ({
    universalIdentifier: OPEN_CONFLICTS_BY_KIND_VIEW_FIELD_IDS[name],
    fieldMetadataUniversalIdentifier,
    position,
    isVisible: true,
  })),
  filters: [
    {
      universalIdentifier: OPEN_CONFLICTS_BY_KIND_VIEW_FILTER_IDS.status,
      fieldMetadataUniversalIdentifier:
        CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      operand: ViewFilterOperand.IS,
      value: ['OPEN'],
    },
  ],
  groups: CONFLICT_KINDS.map((fieldValue, position) => ({
    universalIdentifier: OPEN_CONFLICTS_BY_KIND_VIEW_GROUP_IDS[fieldValue],
    fieldValue,
    position,
    isVisible: true,
  })),
  sorts: [
    {
      universalIdentifier: OPEN_CONFLICTS_BY_KIND_VIEW_SORT_IDS.detectedAt,
      fieldMetadataUniversalIdentifier:
        CONFLICT_DETECTED_AT_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.DESC,
    },
  ],
});
