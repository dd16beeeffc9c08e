import { defineView, ViewType } from 'twenty-sdk/define';

import {
  ATTAINMENT_BY_ACCOUNT_VIEW_FIELD_IDS,
  ATTAINMENT_BY_ACCOUNT_VIEW_UNIVERSAL_IDENTIFIER,
} from '../constants/manager-dashboard-universal-identifiers';
import {
  GLOBAL_ACCOUNT_ANNUAL_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OPEN_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OPEN_PIPELINE_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ROLLUP_CALCULATED_AT_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ROLLUP_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_UNCOVERED_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_WON_REVENUE_YTD_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

const FIELDS = [
  ['name', GLOBAL_ACCOUNT_NAME_FIELD_UNIVERSAL_IDENTIFIER],
  ['annualTarget', GLOBAL_ACCOUNT_ANNUAL_TARGET_FIELD_UNIVERSAL_IDENTIFIER],
  ['wonRevenueYtd', GLOBAL_ACCOUNT_WON_REVENUE_YTD_FIELD_UNIVERSAL_IDENTIFIER],
  ['openPipeline', GLOBAL_ACCOUNT_OPEN_PIPELINE_FIELD_UNIVERSAL_IDENTIFIER],
  ['rollupStatus', GLOBAL_ACCOUNT_ROLLUP_STATUS_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'rollupCalculatedAt',
    GLOBAL_ACCOUNT_ROLLUP_CALCULATED_AT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  [
    'uncoveredCountries',
    GLOBAL_ACCOUNT_UNCOVERED_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  ['openConflicts', GLOBAL_ACCOUNT_OPEN_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER],
] as const;

// Attainment per account: the target beside won revenue and pipeline, each in the account's
// own reporting currency (a table shows every currency; a chart could add only one).
export default defineView({
  universalIdentifier: ATTAINMENT_BY_ACCOUNT_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Attainment by account',
  objectUniversalIdentifier: GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  type: ViewType.TABLE,
  icon: 'IconTarget',
  position: 1,
  fields: FIELDS.map(([name, fieldMetadataUniversalIdentifier], position) => ({
    universalIdentifier: ATTAINMENT_BY_ACCOUNT_VIEW_FIELD_IDS[name],
    fieldMetadataUniversalIdentifier,
    position,
    isVisible: true,
  })),
});
