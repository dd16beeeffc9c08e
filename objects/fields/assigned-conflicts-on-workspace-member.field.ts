import {
  defineField,
  FieldType,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  CONFLICT_ASSIGNEE_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  WORKSPACE_MEMBER_ASSIGNED_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Inverse side of conflict.assignee.
export default defineField({
  universalIdentifier:
    WORKSPACE_MEMBER_ASSIGNED_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier:
    STANDARD_OBJECT.workspaceMember.universalIdentifier,
  type: FieldType.RELATION,
  name: 'assignedConflicts',
  label: 'Conflicts to resolve',
  description: 'Conflicts and refused inputs this person should act on.',
  icon: 'IconAlertTriangle',
  relationTargetObjectMetadataUniversalIdentifier:
    CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  relationTargetFieldMetadataUniversalIdentifier:
    CONFLICT_ASSIGNEE_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});
