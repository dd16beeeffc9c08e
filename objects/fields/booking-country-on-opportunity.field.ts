import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { OPPORTUNITY_BOOKING_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

export default defineField({
  universalIdentifier: OPPORTUNITY_BOOKING_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier,
  type: FieldType.TEXT,
  name: 'bookingCountry',
  label: 'Booking country',
  description:
    "Country of the office that books the order (two-letter code). Empty: the owner's team country, else the company's.",
  icon: 'IconBuildingStore',
});
