import {
  defineObject,
  FieldType,
  OnDeleteAction,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import { TEAM_ROLES } from '@global-accounts/domain';

import {
  ACCOUNT_TEAM_MEMBER_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_ROLE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_ROLE_OPTION_IDS,
  ACCOUNT_TEAM_MEMBER_START_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_WORKSPACE_MEMBER_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_TEAM_MEMBERS_FIELD_UNIVERSAL_IDENTIFIER,
  WORKSPACE_MEMBER_ACCOUNT_TEAM_MEMBERSHIPS_FIELD_UNIVERSAL_IDENTIFIER,
} from './constants/universal-identifiers';
import { buildSelectOptions } from './utils/build-select-options.util';

export default defineObject({
  universalIdentifier: ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'accountTeamMember',
  namePlural: 'accountTeamMembers',
  labelSingular: 'Account team member',
  labelPlural: 'Account team',
  description:
    'One person on the team of a global account, with a role, the country they cover and the dates they are on the team.',
  icon: 'IconUsersGroup',
  labelIdentifierFieldMetadataUniversalIdentifier:
    ACCOUNT_TEAM_MEMBER_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier: ACCOUNT_TEAM_MEMBER_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description: 'Short title, e.g. "Anna Weber, local manager DE".',
      icon: 'IconAbc',
    },
    {
      universalIdentifier:
        ACCOUNT_TEAM_MEMBER_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'globalAccount',
      label: 'Global account',
      description: 'The account this person works on.',
      icon: 'IconWorld',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        GLOBAL_ACCOUNT_TEAM_MEMBERS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.CASCADE,
        joinColumnName: 'globalAccountId',
      },
    },
    {
      universalIdentifier:
        ACCOUNT_TEAM_MEMBER_WORKSPACE_MEMBER_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'workspaceMember',
      label: 'Person',
      description: 'The workspace member on the team.',
      icon: 'IconUser',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        STANDARD_OBJECT.workspaceMember.universalIdentifier,
      relationTargetFieldMetadataUniversalIdentifier:
        WORKSPACE_MEMBER_ACCOUNT_TEAM_MEMBERSHIPS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.CASCADE,
        joinColumnName: 'workspaceMemberId',
      },
    },
    {
      universalIdentifier: ACCOUNT_TEAM_MEMBER_ROLE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'role',
      label: 'Role',
      description:
        'What this person does on the account. At most one active global account manager per account.',
      icon: 'IconId',
      defaultValue: "'LOCAL_ACCOUNT_MANAGER'",
      options: buildSelectOptions({
        values: TEAM_ROLES,
        ids: ACCOUNT_TEAM_MEMBER_ROLE_OPTION_IDS,
        colors: {
          GLOBAL_ACCOUNT_MANAGER: 'purple',
          LOCAL_ACCOUNT_MANAGER: 'blue',
          SALES_ENGINEER: 'turquoise',
          EXECUTIVE_SPONSOR: 'gold',
          SERVICE_LEAD: 'green',
          CONTRACT_MANAGER: 'gray',
        },
      }),
    },
    {
      universalIdentifier:
        ACCOUNT_TEAM_MEMBER_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'countryCode',
      label: 'Country',
      description:
        'Country this person covers (their office), as a two-letter code (DE, FR, US).',
      icon: 'IconFlag',
    },
    {
      universalIdentifier:
        ACCOUNT_TEAM_MEMBER_START_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE,
      name: 'startDate',
      label: 'On the team from',
      description: 'First day on the team (included).',
      icon: 'IconCalendarPlus',
    },
    {
      universalIdentifier:
        ACCOUNT_TEAM_MEMBER_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE,
      name: 'endDate',
      label: 'On the team until',
      description: 'Last day on the team (included). Empty: still on the team.',
      icon: 'IconCalendarMinus',
    },
  ],
});
