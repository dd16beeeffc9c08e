import {
  defineField,
  FieldType,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CONFLICT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier: OPPORTUNITY_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier,
  type: FieldType.RELATION,
  name: 'conflicts',
  label: 'Conflicts',
  description: 'Conflicts about this deal (pricing, agreement, territory).',
  icon: 'IconAlertTriangle',
  relationTargetObjectMetadataUniversalIdentifier:
    CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  relationTargetFieldMetadataUniversalIdentifier:
    CONFLICT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});
