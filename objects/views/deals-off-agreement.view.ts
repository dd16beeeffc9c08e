import {
  defineView,
  STANDARD_OBJECT,
  ViewFilterOperand,
  ViewSortDirection,
  ViewType,
} from 'twenty-sdk/define';

import {
  DEALS_OFF_AGREEMENT_VIEW_FIELD_IDS,
  DEALS_OFF_AGREEMENT_VIEW_FILTER_IDS,
  DEALS_OFF_AGREEMENT_VIEW_SORT_IDS,
  DEALS_OFF_AGREEMENT_VIEW_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_BOOKING_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

const OPPORTUNITY = STANDARD_OBJECT.opportunity;

const FIELDS = [
  ['name', OPPORTUNITY.fields.name.universalIdentifier],
  ['company', OPPORTUNITY.fields.company.universalIdentifier],
  ['amount', OPPORTUNITY.fields.amount.universalIdentifier],
  ['stage', OPPORTUNITY.fields.stage.universalIdentifier],
  ['closeDate', OPPORTUNITY.fields.closeDate.universalIdentifier],
  ['owner', OPPORTUNITY.fields.owner.universalIdentifier],
  ['bookingCountry', OPPORTUNITY_BOOKING_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER],
  ['agreementStatus', OPPORTUNITY_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'frameworkAgreement',
    OPPORTUNITY_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
] as const;

// Deals of a family that an active agreement covers but that are not priced under it: their
// volume does not count toward the tier. Next to close first, so the rep can still link them.
export default defineView({
  universalIdentifier: DEALS_OFF_AGREEMENT_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Deals off agreement',
  objectUniversalIdentifier: OPPORTUNITY.universalIdentifier,
  type: ViewType.TABLE,
  icon: 'IconArrowFork',
  position: 10,
  fields: FIELDS.map(([name, fieldMetadataUniversalIdentifier], position) => ({
    universalIdentifier: DEALS_OFF_AGREEMENT_VIEW_FIELD_IDS[name],
    fieldMetadataUniversalIdentifier,
    position,
    isVisible: true,
  })),
  filters: [
    {
      universalIdentifier: DEALS_OFF_AGREEMENT_VIEW_FILTER_IDS.agreementStatus,
      fieldMetadataUniversalIdentifier:
        OPPORTUNITY_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      operand: ViewFilterOperand.IS,
      value: ['OFF_AGREEMENT'],
    },
  ],
  sorts: [
    {
      universalIdentifier: DEALS_OFF_AGREEMENT_VIEW_SORT_IDS.closeDate,
      fieldMetadataUniversalIdentifier:
        OPPORTUNITY.fields.closeDate.universalIdentifier,
      direction: ViewSortDirection.ASC,
    },
  ],
});
