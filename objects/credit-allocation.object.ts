import {
  defineObject,
  FieldType,
  NumberDataType,
  OnDeleteAction,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  CREDIT_ENTRY_TYPES,
  CREDIT_LINE_SOURCES,
  CREDIT_LINE_STATUSES,
  CREDIT_TYPES,
} from '@global-accounts/domain';

import {
  CREDIT_ALLOCATION_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_CREDIT_TYPE_OPTION_IDS,
  CREDIT_ALLOCATION_ENTRY_KEY_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_ENTRY_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_ENTRY_TYPE_OPTION_IDS,
  CREDIT_ALLOCATION_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_REASON_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_RECIPIENT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_SOURCE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_SOURCE_OPTION_IDS,
  CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_STATUS_OPTION_IDS,
  GLOBAL_ACCOUNT_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
  WORKSPACE_MEMBER_RECEIVED_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
} from './constants/universal-identifiers';
import { buildSelectOptions } from './utils/build-select-options.util';

// The credit ledger. Lines are never deleted: a change to a closed period
// becomes an ADJUSTMENT or CLAWBACK line in the open one.
export default defineObject({
  universalIdentifier: CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'creditAllocation',
  namePlural: 'creditAllocations',
  labelSingular: 'Credit line',
  labelPlural: 'Credit lines',
  description:
    'Who gets credit for a deal: one line per opportunity, person credited, credit type and ledger entry.',
  icon: 'IconReceipt',
  labelIdentifierFieldMetadataUniversalIdentifier:
    CREDIT_ALLOCATION_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier: CREDIT_ALLOCATION_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description:
        'Short title written by the app, e.g. "Anna Weber, DE, revenue 40%".',
      icon: 'IconAbc',
    },
    {
      universalIdentifier:
        CREDIT_ALLOCATION_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'opportunity',
      label: 'Opportunity',
      description: 'The deal this credit comes from.',
      icon: 'IconTargetArrow',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.opportunity.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        OPPORTUNITY_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'opportunityId',
      },
    },
    {
      universalIdentifier:
        CREDIT_ALLOCATION_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'globalAccount',
      label: 'Global account',
      description: 'The customer family of the deal.',
      icon: 'IconWorld',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'globalAccountId',
      },
    },
    {
      universalIdentifier:
        CREDIT_ALLOCATION_RECIPIENT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'recipient',
      label: 'Credited to',
      description: 'The person who gets this credit.',
      icon: 'IconUserDollar',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.workspaceMember.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        WORKSPACE_MEMBER_RECEIVED_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'recipientId',
      },
    },
    {
      universalIdentifier:
        CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'countryCode',
      label: 'Country',
      description: 'The office credited, as a two-letter code (DE, FR, US).',
      icon: 'IconFlag',
    },
    {
      universalIdentifier:
        CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'creditType',
      label: 'Credit type',
      description:
        'Revenue: the lines of a deal add up to exactly 100%. Overlay: extra credit for support roles, not counted in revenue totals.',
      icon: 'IconCategory',
      defaultValue: "'REVENUE'",
      options: buildSelectOptions({
        values: CREDIT_TYPES,
        ids: CREDIT_ALLOCATION_CREDIT_TYPE_OPTION_IDS,
        colors: { REVENUE: 'green', OVERLAY: 'sky' },
      }),
    },
    {
      universalIdentifier: CREDIT_ALLOCATION_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.NUMBER,
      name: 'percent',
      label: 'Share %',
      description: 'Share of the deal, in percent (25.5 means 25.50%).',
      icon: 'IconPercentage',
      universalSettings: { dataType: NumberDataType.FLOAT, decimals: 2 },
    },
    {
      universalIdentifier: CREDIT_ALLOCATION_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'amount',
      label: 'Amount',
      description:
        "Credited amount in the deal's currency. Revenue amounts of a deal add up exactly to the deal amount.",
      icon: 'IconCoins',
    },
    {
      universalIdentifier:
        CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'reportingAmount',
      label: 'Amount (reporting currency)',
      description:
        "Credited amount in the global account's reporting currency.",
      icon: 'IconCurrencyEuro',
    },
    {
      universalIdentifier: CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'period',
      label: 'Period',
      description: "Credit period, from the deal's close date, e.g. 2026-Q4.",
      icon: 'IconCalendarStats',
    },
    {
      universalIdentifier:
        CREDIT_ALLOCATION_ENTRY_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'entryType',
      label: 'Entry type',
      description:
        'Original line, adjustment of a closed period, or clawback of credit already paid.',
      icon: 'IconListDetails',
      defaultValue: "'ORIGINAL'",
      options: buildSelectOptions({
        values: CREDIT_ENTRY_TYPES,
        ids: CREDIT_ALLOCATION_ENTRY_TYPE_OPTION_IDS,
        colors: { ORIGINAL: 'blue', ADJUSTMENT: 'amber', CLAWBACK: 'red' },
      }),
    },
    {
      universalIdentifier: CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'status',
      label: 'Status',
      description:
        'Provisional while the deal is open, credited once won, held for review, reversed when no longer due.',
      icon: 'IconProgressCheck',
      defaultValue: "'PROVISIONAL'",
      options: buildSelectOptions({
        values: CREDIT_LINE_STATUSES,
        ids: CREDIT_ALLOCATION_STATUS_OPTION_IDS,
        colors: {
          PROVISIONAL: 'yellow',
          CREDITED: 'green',
          HELD: 'orange',
          REVERSED: 'gray',
        },
      }),
    },
    {
      universalIdentifier: CREDIT_ALLOCATION_SOURCE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'source',
      label: 'Source',
      description:
        'Policy: computed by the app from the credit policy. Manual: set by a manager.',
      icon: 'IconRobot',
      defaultValue: "'MANUAL'",
      options: buildSelectOptions({
        values: CREDIT_LINE_SOURCES,
        ids: CREDIT_ALLOCATION_SOURCE_OPTION_IDS,
        colors: { POLICY: 'purple', MANUAL: 'pink' },
      }),
    },
    {
      universalIdentifier: CREDIT_ALLOCATION_REASON_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'reason',
      label: 'Reason',
      description:
        'Why this line exists: the rule applied or the adjustment cause.',
      icon: 'IconMessage',
    },
    {
      universalIdentifier:
        CREDIT_ALLOCATION_ENTRY_KEY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'entryKey',
      label: 'Entry key',
      description:
        'Unique key the app uses to write each line exactly once. Do not edit.',
      icon: 'IconKey',
      isUnique: true,
      isUIEditable: false,
    },
  ],
});
