import {
  defineField,
  FieldType,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  WORKSPACE_MEMBER_MANAGED_GLOBAL_ACCOUNTS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_GLOBAL_ACCOUNT_MANAGER_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Inverse side of a relation from an app object to a workspace member.
export default defineField({
  universalIdentifier:
    WORKSPACE_MEMBER_MANAGED_GLOBAL_ACCOUNTS_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier:
    STANDARD_OBJECT.workspaceMember.universalIdentifier,
  type: FieldType.RELATION,
  name: 'managedGlobalAccounts',
  label: 'Managed global accounts',
  description: 'Global accounts this person is the global account manager of.',
  icon: 'IconWorld',
  relationTargetObjectMetadataUniversalIdentifier:
    GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  relationTargetFieldMetadataUniversalIdentifier:
    GLOBAL_ACCOUNT_GLOBAL_ACCOUNT_MANAGER_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});
