import {
  defineField,
  FieldType,
  OnDeleteAction,
  RelationType,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import {
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OPPORTUNITIES_FIELD_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier:
    OPPORTUNITY_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier,
  type: FieldType.RELATION,
  name: 'frameworkAgreement',
  label: 'Framework agreement',
  description: 'The agreement this deal is priced under, if any.',
  icon: 'IconFileCertificate',
  isNullable: true,
  relationTargetObjectMetadataUniversalIdentifier:
    FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  relationTargetFieldMetadataUniversalIdentifier:
    FRAMEWORK_AGREEMENT_OPPORTUNITIES_FIELD_UNIVERSAL_IDENTIFIER,
  universalSettings: {
    relationType: RelationType.MANY_TO_ONE,
    onDelete: OnDeleteAction.SET_NULL,
    joinColumnName: 'frameworkAgreementId',
  },
});
