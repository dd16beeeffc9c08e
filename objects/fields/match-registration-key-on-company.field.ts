import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { COMPANY_MATCH_REGISTRATION_KEY_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

// Conflict radar blocking key (packages/domain/src/conflict-matching/README.md "Queries"),
// indexed by objects/indexes/match-registration-key-on-company.index.ts.
export default defineField({
  universalIdentifier:
    COMPANY_MATCH_REGISTRATION_KEY_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.TEXT,
  name: 'matchRegistrationKey',
  label: 'Match registration key',
  description:
    'Country and normalised registration number (DE:123456789) the app uses to find duplicates. Written by the app; do not edit.',
  icon: 'IconKey',
  isUIEditable: false,
});
