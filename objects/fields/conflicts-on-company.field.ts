import {
  defineField,
  FieldType,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  COMPANY_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier: COMPANY_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.RELATION,
  name: 'conflicts',
  label: 'Conflicts',
  description:
    'Conflicts about this company (duplicates, unlinked affiliates).',
  icon: 'IconAlertTriangle',
  relationTargetObjectMetadataUniversalIdentifier:
    CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  relationTargetFieldMetadataUniversalIdentifier:
    CONFLICT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});
