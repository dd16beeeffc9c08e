import {
  defineField,
  FieldType,
  OnDeleteAction,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  COMPANY_CHILD_COMPANIES_FIELD_UNIVERSAL_IDENTIFIER,
  COMPANY_PARENT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Self relation: the legal parent. The app rejects cycles, the schema cannot.
export default defineField({
  universalIdentifier: COMPANY_PARENT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.RELATION,
  name: 'parentCompany',
  label: 'Parent company',
  description: 'The legal entity that owns this company.',
  icon: 'IconHierarchy',
  isNullable: true,
  relationTargetObjectMetadataUniversalIdentifier:
    STANDARD_OBJECT.company.universalIdentifier,
  relationTargetFieldMetadataUniversalIdentifier:
    COMPANY_CHILD_COMPANIES_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: {
    relationType: RelationType.MANY_TO_ONE,
    onDelete: OnDeleteAction.SET_NULL,
    joinColumnName: 'parentCompanyId',
  },
});
