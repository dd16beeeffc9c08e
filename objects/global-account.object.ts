import {
  defineObject,
  FieldType,
  NumberDataType,
  OnDeleteAction,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  GLOBAL_ACCOUNT_STATUSES,
  ROLLUP_STATUSES,
} from '@global-accounts/domain';

import {
  ACCOUNT_PLAN_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  COMPANY_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ACCOUNT_PLANS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ANNUAL_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_COMPANIES_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CORPORATE_DOMAINS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CREDIT_POLICY_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_FRAMEWORK_AGREEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_GLOBAL_ACCOUNT_MANAGER_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_HEADQUARTERS_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_LAST_VALID_CREDIT_POLICY_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_MEMBER_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OPEN_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OPEN_PIPELINE_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_REPORTING_CURRENCY_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ROLLUP_CALCULATED_AT_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ROLLUP_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ROLLUP_STATUS_OPTION_IDS,
  GLOBAL_ACCOUNT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_STATUS_OPTION_IDS,
  GLOBAL_ACCOUNT_TEAM_MEMBERS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_UNCOVERED_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_WON_REVENUE_YTD_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ROLLUP_PROBLEM_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ULTIMATE_PARENT_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_PLAN_REVIEW_OVERDUE_FIELD_UNIVERSAL_IDENTIFIER,
  WORKSPACE_MEMBER_MANAGED_GLOBAL_ACCOUNTS_FIELD_UNIVERSAL_IDENTIFIER,
} from './constants/universal-identifiers';
import { buildSelectOptions } from './utils/build-select-options.util';

export default defineObject({
  universalIdentifier: GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'globalAccount',
  namePlural: 'globalAccounts',
  labelSingular: 'Global account',
  labelPlural: 'Global accounts',
  description:
    'A multinational customer family (all its companies in every country) managed as one account, with one team and one plan.',
  icon: 'IconWorld',
  labelIdentifierFieldMetadataUniversalIdentifier:
    GLOBAL_ACCOUNT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier: GLOBAL_ACCOUNT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description: 'Name of the customer family, e.g. "Acme Group".',
      icon: 'IconAbc',
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_GLOBAL_ACCOUNT_MANAGER_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'globalAccountManager',
      label: 'Global account manager',
      description:
        'The one person accountable for the whole account worldwide (GAM).',
      icon: 'IconUserStar',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.workspaceMember.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        WORKSPACE_MEMBER_MANAGED_GLOBAL_ACCOUNTS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'globalAccountManagerId',
      },
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_HEADQUARTERS_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'headquartersCountry',
      label: 'Headquarters country',
      description:
        'Country of the family headquarters, as a two-letter code (DE, US, JP).',
      icon: 'IconBuildingSkyscraper',
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_REPORTING_CURRENCY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'reportingCurrency',
      label: 'Reporting currency',
      description:
        'Currency of every total on this account (EUR, USD). Empty: the workspace default currency, else EUR.',
      icon: 'IconCurrencyEuro',
    },
    {
      universalIdentifier: GLOBAL_ACCOUNT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'status',
      label: 'Status',
      description: 'Where the relationship with this customer family stands.',
      icon: 'IconProgressCheck',
      defaultValue: "'PROSPECT'",
      options: buildSelectOptions({
        values: GLOBAL_ACCOUNT_STATUSES,
        ids: GLOBAL_ACCOUNT_STATUS_OPTION_IDS,
        colors: {
          PROSPECT: 'sky',
          ACTIVE: 'green',
          AT_RISK: 'orange',
          INACTIVE: 'gray',
        },
      }),
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_CORPORATE_DOMAINS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.ARRAY,
      name: 'corporateDomains',
      label: 'Corporate domains',
      description:
        'Web domains the whole family shares (acme.com). Used to find member companies in every country.',
      icon: 'IconWorldWww',
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_CREDIT_POLICY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RAW_JSON,
      name: 'creditPolicy',
      label: 'Credit policy',
      description:
        'How revenue credit is split between the people on this account. Empty: the app default policy.',
      icon: 'IconChartPie',
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_LAST_VALID_CREDIT_POLICY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RAW_JSON,
      name: 'lastValidCreditPolicy',
      label: 'Credit policy in force',
      description:
        'The last valid credit policy, written by the app: it stays in force while the credit policy above is invalid. Empty: the app default policy.',
      icon: 'IconShieldCheck',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_ANNUAL_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'annualTarget',
      label: 'Annual target',
      description: 'Revenue target for this account in the fiscal year.',
      icon: 'IconTarget',
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_OPEN_PIPELINE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'openPipeline',
      label: 'Open pipeline',
      description:
        'Open opportunities of all member companies, in the reporting currency. Computed by the app.',
      icon: 'IconTimeline',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_WON_REVENUE_YTD_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'wonRevenueYtd',
      label: 'Won revenue (YTD)',
      description:
        'Opportunities won this year by all member companies, in the reporting currency. Computed by the app.',
      icon: 'IconTrophy',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_MEMBER_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.ARRAY,
      name: 'memberCountries',
      label: 'Member countries',
      description:
        'Countries where the family has a member company. Computed by the app.',
      icon: 'IconMap',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_UNCOVERED_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.ARRAY,
      name: 'uncoveredCountries',
      label: 'Uncovered countries',
      description:
        'Member countries without an active local account manager on the team. Computed by the app.',
      icon: 'IconMapOff',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_OPEN_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.NUMBER,
      name: 'openConflicts',
      label: 'Open conflicts',
      description:
        'Number of open conflicts on this account. Computed by the app.',
      icon: 'IconAlertTriangle',
      isUIEditable: false,
      universalSettings: { dataType: NumberDataType.INT, decimals: 0 },
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_ROLLUP_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'rollupStatus',
      label: 'Totals status',
      description:
        'Whether the computed totals are up to date (Stale: a recompute is pending; Missing rate: an exchange rate is missing).',
      icon: 'IconRefresh',
      isUIEditable: false,
      defaultValue: "'STALE'",
      options: buildSelectOptions({
        values: ROLLUP_STATUSES,
        ids: GLOBAL_ACCOUNT_ROLLUP_STATUS_OPTION_IDS,
        colors: {
          OK: 'green',
          STALE: 'yellow',
          MISSING_RATE: 'orange',
          ERROR: 'red',
        },
      }),
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_ROLLUP_CALCULATED_AT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE_TIME,
      name: 'rollupCalculatedAt',
      label: 'Totals calculated at',
      description: 'When the app last computed the totals of this account.',
      icon: 'IconClock',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_ROLLUP_PROBLEM_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'rollupProblem',
      label: 'Totals problem',
      description:
        'Why the totals are not shown (e.g. the missing exchange rate SEK→EUR). Empty when they are. Computed by the app.',
      icon: 'IconAlertCircle',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_ULTIMATE_PARENT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'ultimateParent',
      label: 'Ultimate parent',
      description:
        'The top company of the family (the end of the parent-company chain of most member companies), with its country. Computed by the app.',
      icon: 'IconHierarchy',
      isUIEditable: false,
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_PLAN_REVIEW_OVERDUE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.BOOLEAN,
      name: 'planReviewOverdue',
      label: 'Plan review overdue',
      description:
        'An active account plan has not been reviewed for more than 90 days. Computed by the app.',
      icon: 'IconCalendarExclamation',
      isUIEditable: false,
      defaultValue: false,
    },
    {
      universalIdentifier: GLOBAL_ACCOUNT_COMPANIES_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'companies',
      label: 'Member companies',
      description: 'The legal entities of this family, in every country.',
      icon: 'IconBuilding',
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.company.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        COMPANY_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_TEAM_MEMBERS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'teamMembers',
      label: 'Account team',
      description: 'The people who work on this account, by role and country.',
      icon: 'IconUsersGroup',
      relationTargetObjectMetadataUniversalIdentifier:
        ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        ACCOUNT_TEAM_MEMBER_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_FRAMEWORK_AGREEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'frameworkAgreements',
      label: 'Agreements',
      description: 'Framework agreements negotiated with this family.',
      icon: 'IconFileCertificate',
      relationTargetObjectMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'creditAllocations',
      label: 'Credit lines',
      description: 'Who gets credit for the deals of this account.',
      icon: 'IconReceipt',
      relationTargetObjectMetadataUniversalIdentifier:
        CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        CREDIT_ALLOCATION_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
    {
      universalIdentifier: GLOBAL_ACCOUNT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'conflicts',
      label: 'Conflicts',
      description: 'Situations on this account that someone must resolve.',
      icon: 'IconAlertTriangle',
      relationTargetObjectMetadataUniversalIdentifier:
        CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        CONFLICT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
    {
      universalIdentifier:
        GLOBAL_ACCOUNT_ACCOUNT_PLANS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'accountPlans',
      label: 'Account plans',
      description: 'Yearly plans with targets and objectives for this account.',
      icon: 'IconListCheck',
      relationTargetObjectMetadataUniversalIdentifier:
        ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        ACCOUNT_PLAN_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: { relationType: RelationType.ONE_TO_MANY },
    },
  ],
});
