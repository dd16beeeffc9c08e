import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { COMPANY_MATCH_BRAND_KEY_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

// Conflict radar blocking key (packages/domain/src/conflict-matching/README.md "Queries"),
// indexed by objects/indexes/match-brand-key-on-company.index.ts.
export default defineField({
  universalIdentifier: COMPANY_MATCH_BRAND_KEY_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.TEXT,
  name: 'matchBrandKey',
  label: 'Match brand key',
  description:
    'Normalised brand (name without legal form and place words) the app uses to find affiliates abroad. Written by the app; do not edit.',
  icon: 'IconKey',
  isUIEditable: false,
});
