import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { COMPANY_GLOBAL_ACCOUNT_SINCE_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

// AGREEMENTS.md: a company's volume counts toward the family's agreements only from this day.
export default defineField({
  universalIdentifier: COMPANY_GLOBAL_ACCOUNT_SINCE_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
  type: FieldType.DATE,
  name: 'globalAccountSince',
  label: 'In global account since',
  description:
    "Since when this company belongs to its global account; empty means always. The app sets today when the global account changes; correct it for history and the app keeps your date. Earlier volume does not count toward the family's agreements.",
  icon: 'IconCalendarUser',
});
