import { defineIndex, STANDARD_OBJECT } from 'twenty-sdk/define';

import {
  COMPANY_MATCH_KEY_FIELD_UNIVERSAL_IDENTIFIER,
  COMPANY_MATCH_KEY_INDEX_FIELD_UNIVERSAL_IDENTIFIER,
  COMPANY_MATCH_KEY_INDEX_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Conflict matching looks companies up by match key on every company change.
// (creditAllocation.entryKey and conflict.dedupeKey are unique fields instead:
// Twenty creates their unique indexes from isUnique.)
export default defineIndex({
  universalIdentifier: COMPANY_MATCH_KEY_INDEX_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  indexType: 'BTREE',
  isUnique: false,
  fields: [
    {
      universalIdentifier: COMPANY_MATCH_KEY_INDEX_FIELD_UNIVERSAL_IDENTIFIER,
      fieldUniversalIdentifier: COMPANY_MATCH_KEY_FIELD_UNIVERSAL_IDENTIFIER,
    },
  ],
});
