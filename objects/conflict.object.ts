import {
  defineObject,
  FieldType,
  OnDeleteAction,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  CONFLICT_KINDS,
  CONFLICT_SEVERITIES,
  CONFLICT_STATUSES,
} from '@global-accounts/domain';

import {
  COMPANY_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_ASSIGNEE_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_DEDUPE_KEY_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_EVIDENCE_HASH_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_DETAILS_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_DETECTED_AT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_KIND_OPTION_IDS,
  CONFLICT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CONFLICT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_RESOLVED_AT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_RESOLUTION_REASON_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_SEVERITY_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_SEVERITY_OPTION_IDS,
  CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_STATUS_OPTION_IDS,
  CONFLICT_SUMMARY_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  WORKSPACE_MEMBER_ASSIGNED_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
} from './constants/universal-identifiers';
import { buildSelectOptions } from './utils/build-select-options.util';

export default defineObject({
  universalIdentifier: CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'conflict',
  namePlural: 'conflicts',
  labelSingular: 'Conflict',
  labelPlural: 'Conflicts',
  description:
    'Something that makes colleagues compete for the same customer or loses agreed rebate, for a person to resolve.',
  icon: 'IconAlertTriangle',
  labelIdentifierFieldMetadataUniversalIdentifier:
    CONFLICT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier: CONFLICT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description:
        'Short title written by the app, e.g. "Duplicate: Acme SAS".',
      icon: 'IconAbc',
    },
    {
      universalIdentifier: CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'kind',
      label: 'Kind',
      description: 'What kind of situation the app found.',
      icon: 'IconCategory',
      options: buildSelectOptions({
        values: CONFLICT_KINDS,
        ids: CONFLICT_KIND_OPTION_IDS,
        colors: {
          DUPLICATE_COMPANY: 'orange',
          UNLINKED_AFFILIATE: 'amber',
          CROSS_REGION_PROSPECT: 'crimson',
          PARALLEL_IMPORT: 'red',
          BELOW_AGREEMENT_PRICE: 'tomato',
          ABOVE_AGREEMENT_PRICE: 'ruby',
          OFF_AGREEMENT: 'plum',
          AGREEMENT_CONFLICT: 'violet',
          EXPIRED_AGREEMENT: 'brown',
          AGREEMENT_EXPIRING: 'gold',
          TIER_LEAKAGE: 'lime',
          TIER_GAP: 'turquoise',
          UNCOVERED_COUNTRY: 'sky',
          INVALID_POLICY: 'pink',
          INVALID_INPUT: 'yellow',
          MISSING_OWNER: 'gray',
        },
      }),
    },
    {
      universalIdentifier: CONFLICT_SEVERITY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'severity',
      label: 'Severity',
      description: 'How urgent it is.',
      icon: 'IconFlame',
      defaultValue: "'WARNING'",
      options: buildSelectOptions({
        values: CONFLICT_SEVERITIES,
        ids: CONFLICT_SEVERITY_OPTION_IDS,
        colors: { INFO: 'blue', WARNING: 'orange', CRITICAL: 'red' },
      }),
    },
    {
      universalIdentifier: CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'status',
      label: 'Status',
      description:
        'Open until someone acknowledges it; resolved when fixed, dismissed when not a real conflict.',
      icon: 'IconProgressCheck',
      defaultValue: "'OPEN'",
      options: buildSelectOptions({
        values: CONFLICT_STATUSES,
        ids: CONFLICT_STATUS_OPTION_IDS,
        colors: {
          OPEN: 'red',
          ACKNOWLEDGED: 'yellow',
          RESOLVED: 'green',
          DISMISSED: 'gray',
        },
      }),
    },
    {
      universalIdentifier: CONFLICT_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'globalAccount',
      label: 'Global account',
      description: 'The customer family concerned, if any.',
      icon: 'IconWorld',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'globalAccountId',
      },
    },
    {
      universalIdentifier: CONFLICT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'company',
      label: 'Company',
      description: 'The company concerned, if any.',
      icon: 'IconBuilding',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.company.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        COMPANY_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'companyId',
      },
    },
    {
      universalIdentifier: CONFLICT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'opportunity',
      label: 'Opportunity',
      description: 'The deal concerned, if any.',
      icon: 'IconTargetArrow',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.opportunity.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        OPPORTUNITY_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'opportunityId',
      },
    },
    {
      universalIdentifier:
        CONFLICT_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'frameworkAgreement',
      label: 'Agreement',
      description: 'The agreement concerned, if any.',
      icon: 'IconFileCertificate',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'frameworkAgreementId',
      },
    },
    {
      universalIdentifier: CONFLICT_ASSIGNEE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'assignee',
      label: 'Assignee',
      description:
        'The person who should act: the deal owner, the global account manager or the local account manager.',
      icon: 'IconUserCheck',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.workspaceMember.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        WORKSPACE_MEMBER_ASSIGNED_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.SET_NULL,
        joinColumnName: 'assigneeId',
      },
    },
    {
      universalIdentifier: CONFLICT_COUNTRIES_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.ARRAY,
      name: 'countries',
      label: 'Countries',
      description: 'Countries involved, as two-letter codes.',
      icon: 'IconMap',
    },
    {
      universalIdentifier: CONFLICT_SUMMARY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'summary',
      label: 'Summary',
      description: 'What happened, in one sentence.',
      icon: 'IconTextCaption',
    },
    {
      universalIdentifier: CONFLICT_DETAILS_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RAW_JSON,
      name: 'details',
      label: 'Evidence',
      description: 'The facts behind it: match scores, prices, offices.',
      icon: 'IconListSearch',
    },
    {
      universalIdentifier: CONFLICT_DEDUPE_KEY_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'dedupeKey',
      label: 'Dedupe key',
      description:
        'Unique key so the same situation never raises two conflicts. Do not edit.',
      icon: 'IconKey',
      isUnique: true,
      isUIEditable: false,
    },
    {
      universalIdentifier: CONFLICT_EVIDENCE_HASH_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'evidenceHash',
      label: 'Evidence hash',
      description:
        'Hash of the evidence: a dismissed conflict is raised again only when it changes. Do not edit.',
      icon: 'IconFingerprint',
      isUIEditable: false,
    },
    {
      universalIdentifier: CONFLICT_DETECTED_AT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE_TIME,
      name: 'detectedAt',
      label: 'Detected at',
      description: 'When the app found it.',
      icon: 'IconClockExclamation',
    },
    {
      universalIdentifier: CONFLICT_RESOLVED_AT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE_TIME,
      name: 'resolvedAt',
      label: 'Resolved at',
      description: 'When it was resolved or dismissed.',
      icon: 'IconClockCheck',
    },
    {
      // CONFLICTS.md: a conflict whose cause disappears is resolved by the app "with a reason".
      universalIdentifier:
        CONFLICT_RESOLUTION_REASON_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'resolutionReason',
      label: 'Resolution reason',
      description:
        'Why the app resolved it (its cause is gone), in one sentence. Empty while open.',
      icon: 'IconCircleCheck',
      isUIEditable: false,
    },
  ],
});
