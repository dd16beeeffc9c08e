import {
  defineObject,
  FieldType,
  NumberDataType,
  OnDeleteAction,
  RelationType,
} from 'twenty-sdk/define';

import { ACCOUNT_PLAN_STATUSES } from '@global-accounts/domain';

import {
  ACCOUNT_PLAN_FISCAL_YEAR_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_LAST_REVIEWED_AT_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_ACCOUNT_PLAN_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVES_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_REVENUE_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_STATUS_OPTION_IDS,
  GLOBAL_ACCOUNT_ACCOUNT_PLANS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
} from './constants/universal-identifiers';
import { buildSelectOptions } from './utils/build-select-options.util';

export default defineObject({
  universalIdentifier: ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'accountPlan',
  namePlural: 'accountPlans',
  labelSingular: 'Account plan',
  labelPlural: 'Account plans',
  description:
    'The plan for a global account in one fiscal year: revenue target and objectives per country.',
  icon: 'IconListCheck',
  labelIdentifierFieldMetadataUniversalIdentifier:
    ACCOUNT_PLAN_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier: ACCOUNT_PLAN_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description: 'Name of the plan, e.g. "Acme Group FY2026".',
      icon: 'IconAbc',
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'globalAccount',
      label: 'Global account',
      description: 'The account this plan is for.',
      icon: 'IconWorld',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_ACCOUNT_PLANS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.CASCADE,
        joinColumnName: 'globalAccountId',
      },
    },
    {
      universalIdentifier: ACCOUNT_PLAN_FISCAL_YEAR_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.NUMBER,
      name: 'fiscalYear',
      label: 'Fiscal year',
      description: 'The fiscal year the plan covers, e.g. 2026.',
      icon: 'IconCalendar',
      universalSettings: { dataType: NumberDataType.INT, decimals: 0 },
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_REVENUE_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'revenueTarget',
      label: 'Revenue target',
      description: 'Revenue the team plans to win from this family this year.',
      icon: 'IconTarget',
    },
    {
      universalIdentifier: ACCOUNT_PLAN_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'status',
      label: 'Status',
      description:
        'Draft while being written, active during the year, then closed.',
      icon: 'IconProgressCheck',
      defaultValue: "'DRAFT'",
      options: buildSelectOptions({
        values: ACCOUNT_PLAN_STATUSES,
        ids: ACCOUNT_PLAN_STATUS_OPTION_IDS,
        colors: { DRAFT: 'gray', ACTIVE: 'green', CLOSED: 'blue' },
      }),
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_LAST_REVIEWED_AT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE_TIME,
      name: 'lastReviewedAt',
      label: 'Last reviewed at',
      description: 'When the team last reviewed this plan.',
      icon: 'IconEye',
    },
    {
      universalIdentifier: ACCOUNT_PLAN_OBJECTIVES_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'objectives',
      label: 'Objectives',
      description: 'What the team wants to achieve, by owner and country.',
      icon: 'IconFlag3',
      relationTargetObjectMetadataUniversalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_ACCOUNT_PLAN_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
  ],
});
