import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { COMPANY_MATCH_PHONETIC_KEY_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

// Conflict radar blocking key (packages/domain/src/conflict-matching/README.md "Queries"),
// indexed by objects/indexes/match-phonetic-key-on-company.index.ts.
export default defineField({
  universalIdentifier: COMPANY_MATCH_PHONETIC_KEY_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.TEXT,
  name: 'matchPhoneticKey',
  label: 'Match phonetic key',
  description:
    'Country and double metaphone of the brand the app uses to find names that sound alike. Written by the app; do not edit.',
  icon: 'IconKey',
  isUIEditable: false,
});
