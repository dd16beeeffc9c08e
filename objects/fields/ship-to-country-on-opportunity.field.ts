import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { OPPORTUNITY_SHIP_TO_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier: OPPORTUNITY_SHIP_TO_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier,
  type: FieldType.TEXT,
  name: 'shipToCountry',
  label: 'Ship-to country',
  description:
    'Country where the goods or service are delivered (two-letter code).',
  icon: 'IconTruckDelivery',
});
