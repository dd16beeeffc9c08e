import {
  defineField,
  FieldType,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  WORKSPACE_MEMBER_RECEIVED_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_RECIPIENT_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Inverse side of a relation from an app object to a workspace member.
export default defineField({
  universalIdentifier:
    WORKSPACE_MEMBER_RECEIVED_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier:
    STANDARD_OBJECT.workspaceMember.universalIdentifier,
  type: FieldType.RELATION,
  name: 'receivedCreditAllocations',
  label: 'Credit received',
  description: 'Credit lines crediting this person.',
  icon: 'IconReceipt',
  relationTargetObjectMetadataUniversalIdentifier:
    CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  relationTargetFieldMetadataUniversalIdentifier:
    CREDIT_ALLOCATION_RECIPIENT_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});
