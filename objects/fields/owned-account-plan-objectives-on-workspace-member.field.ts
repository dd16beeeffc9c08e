import {
  defineField,
  FieldType,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  WORKSPACE_MEMBER_OWNED_ACCOUNT_PLAN_OBJECTIVES_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_OWNER_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Inverse side of a relation from an app object to a workspace member.
export default defineField({
  universalIdentifier:
    WORKSPACE_MEMBER_OWNED_ACCOUNT_PLAN_OBJECTIVES_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier:
    STANDARD_OBJECT.workspaceMember.universalIdentifier,
  type: FieldType.RELATION,
  name: 'ownedAccountPlanObjectives',
  label: 'Plan objectives',
  description: 'Account plan objectives this person owns.',
  icon: 'IconFlag3',
  relationTargetObjectMetadataUniversalIdentifier:
    ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
  relationTargetFieldMetadataUniversalIdentifier:
    ACCOUNT_PLAN_OBJECTIVE_OWNER_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});
