import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { COMPANY_MATCH_KEY_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

// Indexed by objects/indexes/match-key-on-company.index.ts.
export default defineField({
  universalIdentifier: COMPANY_MATCH_KEY_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.TEXT,
  name: 'matchKey',
  label: 'Match key',
  description:
    'Normalised name the app uses to find duplicate companies. Written by the app; do not edit.',
  icon: 'IconKey',
  isUIEditable: false,
});
