import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { COMPANY_MATCH_DOMAIN_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

// Conflict radar blocking key (packages/domain/src/conflict-matching/README.md "Queries"),
// indexed by objects/indexes/match-domain-on-company.index.ts.
export default defineField({
  universalIdentifier: COMPANY_MATCH_DOMAIN_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.TEXT,
  name: 'matchDomain',
  label: 'Match domain',
  description:
    'Registrable domain (lower-case punycode) the app uses to find duplicates and affiliates. Written by the app; do not edit.',
  icon: 'IconKey',
  isUIEditable: false,
});
