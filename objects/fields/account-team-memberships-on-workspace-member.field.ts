import {
  defineField,
  FieldType,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  WORKSPACE_MEMBER_ACCOUNT_TEAM_MEMBERSHIPS_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_WORKSPACE_MEMBER_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Inverse side of a relation from an app object to a workspace member.
export default defineField({
  universalIdentifier:
    WORKSPACE_MEMBER_ACCOUNT_TEAM_MEMBERSHIPS_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier:
    STANDARD_OBJECT.workspaceMember.universalIdentifier,
  type: FieldType.RELATION,
  name: 'accountTeamMemberships',
  label: 'Account teams',
  description: 'Global account teams this person is on.',
  icon: 'IconUsersGroup',
  relationTargetObjectMetadataUniversalIdentifier:
    ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  relationTargetFieldMetadataUniversalIdentifier:
    ACCOUNT_TEAM_MEMBER_WORKSPACE_MEMBER_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});
