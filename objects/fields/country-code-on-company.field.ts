import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { COMPANY_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier: COMPANY_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.TEXT,
  name: 'countryCode',
  label: 'Country code',
  description:
    'Country of this legal entity, as a two-letter code (DE, FR, US). The address country is free text; this one is exact.',
  icon: 'IconFlag',
});
