import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { COMPANY_REGISTRATION_NUMBER_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier: COMPANY_REGISTRATION_NUMBER_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.TEXT,
  name: 'registrationNumber',
  label: 'Registration number',
  description:
    'VAT or company registration number, without spaces or dots. Helps find duplicates.',
  icon: 'IconId',
});
