import {
  defineObject,
  FieldType,
  NumberDataType,
  OnDeleteAction,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '@global-accounts/domain';

import {
  CONFLICT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_AGREED_DISCOUNT_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_AGREEMENT_NUMBER_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_COVERED_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_CURRENCY_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_CURRENT_REBATE_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_GAP_TO_NEXT_TIER_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_KIND_OPTION_IDS,
  FRAMEWORK_AGREEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_NEXT_TIER_THRESHOLD_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OFF_AGREEMENT_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OPPORTUNITIES_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_PRIORITY_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_REBATE_SETTLEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_REBATE_TIERS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_REBATE_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_RETROACTIVE_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_START_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_STATUS_OPTION_IDS,
  FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_FRAMEWORK_AGREEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  REBATE_TIER_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_TIER_OBJECT_UNIVERSAL_IDENTIFIER,
} from './constants/universal-identifiers';
import { buildSelectOptions } from './utils/build-select-options.util';

export default defineObject({
  universalIdentifier: FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'frameworkAgreement',
  namePlural: 'frameworkAgreements',
  labelSingular: 'Framework agreement',
  labelPlural: 'Framework agreements',
  description:
    'A global, association or country agreement with a customer family: agreed discount and volume-tier rebates.',
  icon: 'IconFileCertificate',
  labelIdentifierFieldMetadataUniversalIdentifier:
    FRAMEWORK_AGREEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier: FRAMEWORK_AGREEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description: 'Name of the agreement, e.g. "Acme global supply 2026".',
      icon: 'IconAbc',
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_AGREEMENT_NUMBER_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'agreementNumber',
      label: 'Agreement number',
      description: 'Contract reference as written on the signed agreement.',
      icon: 'IconHash',
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'globalAccount',
      label: 'Global account',
      description: 'The customer family that signed this agreement.',
      icon: 'IconWorld',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_FRAMEWORK_AGREEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'globalAccountId',
      },
    },
    {
      universalIdentifier: FRAMEWORK_AGREEMENT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'kind',
      label: 'Kind',
      description:
        'Global framework (whole family), association (buying group) or country agreement.',
      icon: 'IconCategory',
      defaultValue: "'GLOBAL_FRAMEWORK'",
      options: buildSelectOptions({
        values: AGREEMENT_KINDS,
        ids: FRAMEWORK_AGREEMENT_KIND_OPTION_IDS,
        colors: {
          GLOBAL_FRAMEWORK: 'purple',
          ASSOCIATION: 'blue',
          COUNTRY: 'turquoise',
        },
      }),
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'status',
      label: 'Status',
      description: 'Only active agreements price deals and earn rebates.',
      icon: 'IconProgressCheck',
      defaultValue: "'DRAFT'",
      options: buildSelectOptions({
        values: AGREEMENT_STATUSES,
        ids: FRAMEWORK_AGREEMENT_STATUS_OPTION_IDS,
        colors: {
          DRAFT: 'gray',
          ACTIVE: 'green',
          EXPIRED: 'orange',
          TERMINATED: 'red',
        },
      }),
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_START_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE,
      name: 'startDate',
      label: 'Start date',
      description: 'First day the agreement applies (included).',
      icon: 'IconCalendarPlus',
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE,
      name: 'endDate',
      label: 'End date',
      description: 'Last day the agreement applies (included).',
      icon: 'IconCalendarMinus',
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_CURRENCY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'currency',
      label: 'Currency',
      description: 'Currency of the tiers and the volume (EUR, USD).',
      icon: 'IconCurrencyEuro',
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_COVERED_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.ARRAY,
      name: 'coveredCountries',
      label: 'Covered countries',
      description:
        'Countries where the agreement applies (two-letter codes). Empty: every country of the family.',
      icon: 'IconMap',
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_AGREED_DISCOUNT_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.NUMBER,
      name: 'agreedDiscountPercent',
      label: 'Agreed discount %',
      description:
        'Discount off list price the customer is entitled to, in percent (12.5 means 12.50%).',
      icon: 'IconDiscount',
      universalSettings: { dataType: NumberDataType.FLOAT, decimals: 2 },
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_RETROACTIVE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.BOOLEAN,
      name: 'retroactive',
      label: 'Retroactive rebate',
      description:
        'Yes: the tier reached applies to the whole volume. No: each tier applies to its own band only.',
      icon: 'IconArrowBackUp',
      defaultValue: false,
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_PRIORITY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.NUMBER,
      name: 'priority',
      label: 'Priority',
      description:
        'Decides between agreements that cover the same deal: the higher number wins.',
      icon: 'IconSortDescendingNumbers',
      universalSettings: { dataType: NumberDataType.INT, decimals: 0 },
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'volumeToDate',
      label: 'Volume to date',
      description:
        'Won volume under this agreement so far. Computed by the app.',
      icon: 'IconChartBar',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_REBATE_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'rebateToDate',
      label: 'Rebate to date',
      description: 'Rebate earned so far. Computed by the app.',
      icon: 'IconReceiptRefund',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_NEXT_TIER_THRESHOLD_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'nextTierThreshold',
      label: 'Next tier at',
      description:
        'Volume at which the next rebate tier starts. Computed by the app.',
      icon: 'IconStairsUp',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_GAP_TO_NEXT_TIER_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'gapToNextTier',
      label: 'Gap to next tier',
      description:
        'Volume still needed to reach the next tier. Computed by the app.',
      icon: 'IconArrowBarToRight',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_OFF_AGREEMENT_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'offAgreementVolume',
      label: 'Off-agreement volume',
      description:
        'Won volume of the family that should have gone through this agreement but did not. Computed by the app.',
      icon: 'IconArrowFork',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_CURRENT_REBATE_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.NUMBER,
      name: 'currentRebatePercent',
      label: 'Current rebate %',
      description:
        'Rebate percent of the tier reached so far. Computed by the app.',
      icon: 'IconPercentage',
      isUIEditable: false,
      universalSettings: { dataType: NumberDataType.FLOAT, decimals: 2 },
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_REBATE_TIERS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'rebateTiers',
      label: 'Rebate tiers',
      description: 'Volume steps and the rebate each one earns.',
      icon: 'IconStairs',
      relationTargetObjectMetadataUniversalIdentifier:
        REBATE_TIER_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        REBATE_TIER_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_REBATE_SETTLEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'rebateSettlements',
      label: 'Rebate settlements',
      description: 'What the rebate came to at the end of each credit period.',
      icon: 'IconReceiptRefund',
      relationTargetObjectMetadataUniversalIdentifier:
        REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        REBATE_SETTLEMENT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_OPPORTUNITIES_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'opportunities',
      label: 'Opportunities',
      description: 'Deals priced under this agreement.',
      icon: 'IconTargetArrow',
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.opportunity.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        OPPORTUNITY_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'conflicts',
      label: 'Conflicts',
      description: 'Open and past conflicts about this agreement.',
      icon: 'IconAlertTriangle',
      relationTargetObjectMetadataUniversalIdentifier:
        CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        CONFLICT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
  ],
});
