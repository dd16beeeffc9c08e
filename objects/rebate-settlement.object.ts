import {
  defineObject,
  FieldType,
  OnDeleteAction,
  RelationType,
} from 'twenty-sdk/define';

import { REBATE_SETTLEMENT_STATUSES } from '@global-accounts/domain';

import {
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_REBATE_SETTLEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_CUMULATIVE_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_REBATE_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_SETTLEMENT_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_STATUS_OPTION_IDS,
} from './constants/universal-identifiers';
import { buildSelectOptions } from './utils/build-select-options.util';

export default defineObject({
  universalIdentifier: REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'rebateSettlement',
  namePlural: 'rebateSettlements',
  labelSingular: 'Rebate settlement',
  labelPlural: 'Rebate settlements',
  description:
    "What an agreement's rebate comes to at the end of a credit period. Written by the app; final once the period is closed.",
  icon: 'IconReceiptRefund',
  labelIdentifierFieldMetadataUniversalIdentifier:
    REBATE_SETTLEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier: REBATE_SETTLEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description:
        'Short title written by the app, e.g. "FA-2026-01 · 2026-Q3".',
      icon: 'IconAbc',
    },
    {
      universalIdentifier:
        REBATE_SETTLEMENT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'frameworkAgreement',
      label: 'Agreement',
      description: 'The agreement this settlement belongs to.',
      icon: 'IconFileCertificate',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_REBATE_SETTLEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.CASCADE,
        joinColumnName: 'frameworkAgreementId',
      },
    },
    {
      universalIdentifier: REBATE_SETTLEMENT_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'period',
      label: 'Period',
      description: 'The credit period it settles, e.g. 2026-Q3.',
      icon: 'IconCalendarStats',
    },
    {
      universalIdentifier:
        REBATE_SETTLEMENT_CUMULATIVE_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'cumulativeVolume',
      label: 'Cumulative volume',
      description:
        'Agreement volume from its start to the end of the period, in the agreement currency.',
      icon: 'IconChartBar',
    },
    {
      universalIdentifier:
        REBATE_SETTLEMENT_REBATE_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'rebateAmount',
      label: 'Rebate',
      description: 'The rebate earned on the cumulative volume.',
      icon: 'IconDiscount',
    },
    {
      universalIdentifier:
        REBATE_SETTLEMENT_SETTLEMENT_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'settlementAmount',
      label: 'Settlement',
      description:
        'The rebate minus every earlier settlement: what is paid for this period. Negative means a claw-back.',
      icon: 'IconCash',
    },
    {
      universalIdentifier: REBATE_SETTLEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'status',
      label: 'Status',
      description:
        'Provisional while the period is open; final once it is closed (never changes again).',
      icon: 'IconLock',
      defaultValue: "'PROVISIONAL'",
      options: buildSelectOptions({
        values: REBATE_SETTLEMENT_STATUSES,
        ids: REBATE_SETTLEMENT_STATUS_OPTION_IDS,
        colors: { PROVISIONAL: 'yellow', FINAL: 'green' },
      }),
    },
  ],
});
