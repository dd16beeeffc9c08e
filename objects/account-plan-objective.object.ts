import {
  defineObject,
  FieldType,
  NumberDataType,
  OnDeleteAction,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  OBJECTIVE_MEASURE_KINDS,
  OBJECTIVE_STATUSES,
} from '@global-accounts/domain';

import {
  ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_ACCOUNT_PLAN_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_CURRENT_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_DUE_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_MEASURE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_MEASURE_OPTION_IDS,
  ACCOUNT_PLAN_OBJECTIVE_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_OWNER_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_STATUS_OPTION_IDS,
  ACCOUNT_PLAN_OBJECTIVE_TARGET_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVES_FIELD_UNIVERSAL_IDENTIFIER,
  WORKSPACE_MEMBER_OWNED_ACCOUNT_PLAN_OBJECTIVES_FIELD_UNIVERSAL_IDENTIFIER,
} from './constants/universal-identifiers';
import { buildSelectOptions } from './utils/build-select-options.util';

export default defineObject({
  universalIdentifier: ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'accountPlanObjective',
  namePlural: 'accountPlanObjectives',
  labelSingular: 'Plan objective',
  labelPlural: 'Plan objectives',
  description:
    'One measurable objective of an account plan, with an owner, a country, a due date and progress.',
  icon: 'IconFlag3',
  labelIdentifierFieldMetadataUniversalIdentifier:
    ACCOUNT_PLAN_OBJECTIVE_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description: 'The objective, e.g. "Win the Polish subsidiary".',
      icon: 'IconAbc',
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_ACCOUNT_PLAN_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'accountPlan',
      label: 'Account plan',
      description: 'The plan this objective belongs to.',
      icon: 'IconListCheck',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        ACCOUNT_PLAN_OBJECTIVES_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.CASCADE,
        joinColumnName: 'accountPlanId',
      },
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_OWNER_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'owner',
      label: 'Owner',
      description: 'The person responsible for this objective.',
      icon: 'IconUserCircle',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.workspaceMember.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        WORKSPACE_MEMBER_OWNED_ACCOUNT_PLAN_OBJECTIVES_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'ownerId',
      },
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'countryCode',
      label: 'Country',
      description: 'Country the objective is about, as a two-letter code.',
      icon: 'IconFlag',
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_DUE_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE,
      name: 'dueDate',
      label: 'Due date',
      description: 'When the objective should be reached.',
      icon: 'IconCalendarDue',
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'status',
      label: 'Status',
      description: 'How the objective is going.',
      icon: 'IconProgressCheck',
      defaultValue: "'NOT_STARTED'",
      options: buildSelectOptions({
        values: OBJECTIVE_STATUSES,
        ids: ACCOUNT_PLAN_OBJECTIVE_STATUS_OPTION_IDS,
        colors: {
          NOT_STARTED: 'gray',
          ON_TRACK: 'green',
          AT_RISK: 'orange',
          DONE: 'blue',
        },
      }),
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_TARGET_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.NUMBER,
      name: 'targetValue',
      label: 'Target',
      description: 'The value that means the objective is reached.',
      icon: 'IconTarget',
      universalSettings: { dataType: NumberDataType.FLOAT, decimals: 2 },
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_CURRENT_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.NUMBER,
      name: 'currentValue',
      label: 'Current',
      description: 'Where the objective stands today.',
      icon: 'IconChartLine',
      universalSettings: { dataType: NumberDataType.FLOAT, decimals: 2 },
    },
    {
      universalIdentifier:
        ACCOUNT_PLAN_OBJECTIVE_MEASURE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'measure',
      label: 'Measures',
      description:
        'What the app measures for Current: won revenue in the country (this fiscal year), open pipeline (in the country, or the whole family without one), companies that joined the family this fiscal year, or nothing (Manual: a person types Current).',
      icon: 'IconRuler',
      defaultValue: "'MANUAL'",
      options: buildSelectOptions({
        values: OBJECTIVE_MEASURE_KINDS,
        ids: ACCOUNT_PLAN_OBJECTIVE_MEASURE_OPTION_IDS,
        colors: {
          WON_REVENUE_IN_COUNTRY: 'green',
          PIPELINE: 'blue',
          NEW_COMPANIES_IN_FAMILY: 'purple',
          MANUAL: 'gray',
        },
      }),
    },
  ],
});
