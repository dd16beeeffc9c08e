import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { COMPANY_MATCH_PREFIX_KEY_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

// Conflict radar blocking key (packages/domain/src/conflict-matching/README.md "Queries"),
// indexed by objects/indexes/match-prefix-key-on-company.index.ts.
export default defineField({
  universalIdentifier: COMPANY_MATCH_PREFIX_KEY_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.TEXT,
  name: 'matchPrefixKey',
  label: 'Match prefix key',
  description:
    'Country, first letters and length of the brand the app uses to find names with a typo. Written by the app; do not edit.',
  icon: 'IconKey',
  isUIEditable: false,
});
