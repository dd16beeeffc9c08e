import { defineField, FieldType, STANDARD_OBJECT } from 'twenty-sdk/define';

import { AGREEMENT_COMPLIANCE_STATUSES } from '@global-accounts/domain';

import {
  OPPORTUNITY_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_AGREEMENT_STATUS_OPTION_IDS,
} from '../constants/universal-identifiers';
import { buildSelectOptions } from '../utils/build-select-options.util';

export default defineField({
  universalIdentifier: OPPORTUNITY_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier,
  type: FieldType.SELECT,
  name: 'agreementStatus',
  label: 'Agreement check',
  description:
    'Whether the deal respects the framework agreement of the family. Computed by the app.',
  icon: 'IconShieldCheck',
  isUIEditable: false,
  defaultValue: "'NOT_APPLICABLE'",
  options: buildSelectOptions({
    values: AGREEMENT_COMPLIANCE_STATUSES,
    ids: OPPORTUNITY_AGREEMENT_STATUS_OPTION_IDS,
    colors: {
      COMPLIANT: 'green',
      BELOW_AGREEMENT: 'red',
      ABOVE_AGREEMENT: 'amber',
      OFF_AGREEMENT: 'orange',
      EXPIRED_AGREEMENT: 'brown',
      AGREEMENT_CONFLICT: 'violet',
      NOT_APPLICABLE: 'gray',
    },
    labels: {
      BELOW_AGREEMENT: 'Below agreement price',
      ABOVE_AGREEMENT: 'Above agreement price',
    },
  }),
});
