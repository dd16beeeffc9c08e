import { defineField, FieldType } from 'twenty-sdk/define';

import {
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OFF_AGREEMENT_VOLUME_BY_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Off-agreement volume per country, in the agreement currency, as one line the record page
// shows ("PL 38,000 EUR · DE 90,000 EUR"). A field the app writes rather than a chart: the
// deals in question are by definition not linked to the agreement, so no Twenty chart can be
// scoped to it, and their amounts need converting at the admin's rates, which charts cannot do.
export default defineField({
  universalIdentifier:
    FRAMEWORK_AGREEMENT_OFF_AGREEMENT_VOLUME_BY_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  type: FieldType.TEXT,
  name: 'offAgreementVolumeByCountry',
  label: 'Off-agreement volume by country',
  description:
    'Won volume of the family outside this agreement, per covered country, in the agreement currency. Computed by the app.',
  icon: 'IconWorldPin',
  isUIEditable: false,
});
