import { defineIndex, STANDARD_OBJECT } from 'twenty-sdk/define';

import {
  COMPANY_MATCH_DOMAIN_FIELD_UNIVERSAL_IDENTIFIER,
  COMPANY_MATCH_DOMAIN_INDEX_FIELD_UNIVERSAL_IDENTIFIER,
  COMPANY_MATCH_DOMAIN_INDEX_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// The conflict radar finds candidates with one indexed eq/in lookup per key field.
export default defineIndex({
  universalIdentifier: COMPANY_MATCH_DOMAIN_INDEX_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  indexType: 'BTREE',
  isUnique: false,
  fields: [
    {
      universalIdentifier:
        COMPANY_MATCH_DOMAIN_INDEX_FIELD_UNIVERSAL_IDENTIFIER,
      fieldUniversalIdentifier: COMPANY_MATCH_DOMAIN_FIELD_UNIVERSAL_IDENTIFIER,
    },
  ],
});
