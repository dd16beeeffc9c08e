import {
  defineField,
  FieldType,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  COMPANY_CHILD_COMPANIES_FIELD_UNIVERSAL_IDENTIFIER,
  COMPANY_PARENT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier: COMPANY_CHILD_COMPANIES_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.RELATION,
  name: 'childCompanies',
  label: 'Subsidiaries',
  description: 'Companies this company owns.',
  icon: 'IconHierarchy2',
  relationTargetObjectMetadataUniversalIdentifier:
    STANDARD_OBJECT.company.universalIdentifier,
  relationTargetFieldMetadataUniversalIdentifier:
    COMPANY_PARENT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});
