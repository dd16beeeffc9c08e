import { defineView, STANDARD_OBJECT, ViewType } from 'twenty-sdk/define';

import { AGREEMENT_COMPLIANCE_STATUSES } from '@global-accounts/domain';

import {
  AGREEMENT_CHECK_VIEW_FIELD_IDS,
  AGREEMENT_CHECK_VIEW_GROUP_IDS,
  AGREEMENT_CHECK_VIEW_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_LIST_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

const OPPORTUNITY = STANDARD_OBJECT.opportunity;

const FIELDS = [
  ['name', OPPORTUNITY.fields.name.universalIdentifier],
  ['agreementStatus', OPPORTUNITY_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER],
  [
    'frameworkAgreement',
    OPPORTUNITY_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  ],
  ['company', OPPORTUNITY.fields.company.universalIdentifier],
  ['amount', OPPORTUNITY.fields.amount.universalIdentifier],
  ['listAmount', OPPORTUNITY_LIST_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER],
  ['stage', OPPORTUNITY.fields.stage.universalIdentifier],
  ['owner', OPPORTUNITY.fields.owner.universalIdentifier],
] as const;

// Where a rep sees the agreement check: every deal, one group per agreementStatus, the
// agreement and the list price beside the amount. Empty groups stay hidden.
export default defineView({
  universalIdentifier: AGREEMENT_CHECK_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Deals by agreement check',
  objectUniversalIdentifier: OPPORTUNITY.universalIdentifier,
  type: ViewType.TABLE,
  icon: 'IconShieldCheck',
  position: 11,
  mainGroupByFieldMetadataUniversalIdentifier:
    OPPORTUNITY_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  shouldHideEmptyGroups: true,
  fields: FIELDS.map(([name, fieldMetadataUniversalIdentifier], position) => ({
    universalIdentifier: AGREEMENT_CHECK_VIEW_FIELD_IDS[name],
    fieldMetadataUniversalIdentifier,
    position,
    isVisible: true,
  })),
  groups: AGREEMENT_COMPLIANCE_STATUSES.map((fieldValue, position) => ({
    universalIdentifier: AGREEMENT_CHECK_VIEW_GROUP_IDS[fieldValue],
    fieldValue,
    position,
    isVisible: true,
  })),
});
