import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { OPPORTUNITY_LIST_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier: OPPORTUNITY_LIST_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier,
  type: FieldType.CURRENCY,
  name: 'listAmount',
  label: 'List amount',
  description:
    'The deal at list price, before any discount. Used to check the agreed discount.',
  icon: 'IconTag',
});
