import { defineView, ViewSortDirection, ViewType } from 'twenty-sdk/define';

import {
  ACCOUNT_TEAM_BY_COUNTRY_VIEW_FIELD_IDS,
  ACCOUNT_TEAM_BY_COUNTRY_VIEW_SORT_IDS,
  ACCOUNT_TEAM_BY_COUNTRY_VIEW_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_ROLE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_START_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_WORKSPACE_MEMBER_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

const FIELDS = [
  ['countryCode', ACCOUNT_TEAM_MEMBER_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'workspaceMember',
    ACCOUNT_TEAM_MEMBER_WORKSPACE_MEMBER_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  [
    'globalAccount',
    ACCOUNT_TEAM_MEMBER_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  ['role', ACCOUNT_TEAM_MEMBER_ROLE_FIELD_UNIVERSAL_IDENTIFIER],
  ['startDate', ACCOUNT_TEAM_MEMBER_START_DATE_FIELD_UNIVERSAL_IDENTIFIER],
  ['endDate', ACCOUNT_TEAM_MEMBER_END_DATE_FIELD_UNIVERSAL_IDENTIFIER],
] as const;

// Twenty groups views by SELECT fields only and countryCode is TEXT, so the
// team is "grouped" by country through sorting: country first, then role.
export default defineView({
  universalIdentifier: ACCOUNT_TEAM_BY_COUNTRY_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Account team by country',
  objectUniversalIdentifier: ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  type: ViewType.TABLE,
  icon: 'IconFlag',
  position: 0,
  fields: FIELDS.map(([name, fieldMetadataUniversalIdentifier], position) => ({
    universalIdentifier: ACCOUNT_TEAM_BY_COUNTRY_VIEW_FIELD_IDS[name],
    fieldMetadataUniversalIdentifier,
    position,
    isVisible: true,
  })),
  sorts: [
    {
      universalIdentifier: ACCOUNT_TEAM_BY_COUNTRY_VIEW_SORT_IDS.countryCode,
      fieldMetadataUniversalIdentifier:
        ACCOUNT_TEAM_MEMBER_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.ASC,
    },
    {
      universalIdentifier: ACCOUNT_TEAM_BY_COUNTRY_VIEW_SORT_IDS.role,
      fieldMetadataUniversalIdentifier:
        ACCOUNT_TEAM_MEMBER_ROLE_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.ASC,
    },
  ],
});
