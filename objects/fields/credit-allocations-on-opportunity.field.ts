import {
  defineField,
  FieldType,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier:
    OPPORTUNITY_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier,
  type: FieldType.RELATION,
  name: 'creditAllocations',
  label: 'Credit lines',
  description: 'Who gets credit for this deal, and how much.',
  icon: 'IconReceipt',
  relationTargetObjectMetadataUniversalIdentifier:
    CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  relationTargetFieldMetadataUniversalIdentifier:
    CREDIT_ALLOCATION_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});
