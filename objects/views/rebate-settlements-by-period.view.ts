import { defineView, ViewSortDirection, ViewType } from 'twenty-sdk/define';

import {
  REBATE_SETTLEMENT_CUMULATIVE_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_REBATE_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_SETTLEMENT_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENTS_BY_PERIOD_VIEW_FIELD_IDS,
  REBATE_SETTLEMENTS_BY_PERIOD_VIEW_SORT_IDS,
  REBATE_SETTLEMENTS_BY_PERIOD_VIEW_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

const FIELDS = [
  ['name', REBATE_SETTLEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'frameworkAgreement',
    REBATE_SETTLEMENT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  ['period', REBATE_SETTLEMENT_PERIOD_FIELD_UNIVERSAL_IDENTIFIER],
  ['status', REBATE_SETTLEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'cumulativeVolume',
    REBATE_SETTLEMENT_CUMULATIVE_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  ['rebateAmount', REBATE_SETTLEMENT_REBATE_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'settlementAmount',
    REBATE_SETTLEMENT_SETTLEMENT_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
] as const;

// Settlements in period order (period names like 2026-Q3 sort as text in date order): what
// each period paid, claw-backs as negative amounts, FINAL once the period is closed.
export default defineView({
  universalIdentifier: REBATE_SETTLEMENTS_BY_PERIOD_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Settlements by period',
  objectUniversalIdentifier: REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  type: ViewType.TABLE,
  icon: 'IconReceiptRefund',
  position: 0,
  fields: FIELDS.map(([name, fieldMetadataUniversalIdentifier], position) => ({
    universalIdentifier: REBATE_SETTLEMENTS_BY_PERIOD_VIEW_FIELD_IDS[name],
    fieldMetadataUniversalIdentifier,
    position,
    isVisible: true,
  })),
  sorts: [
    {
      universalIdentifier: REBATE_SETTLEMENTS_BY_PERIOD_VIEW_SORT_IDS.period,
      fieldMetadataUniversalIdentifier:
        REBATE_SETTLEMENT_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.ASC,
    },
  ],
});
