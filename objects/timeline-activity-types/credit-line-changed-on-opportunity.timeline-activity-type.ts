import { defineTimelineActivityType } from 'twenty-sdk/define';

import { CREDIT_LINE_CHANGED_ON_OPPORTUNITY_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import {
  CREDIT_LINE_AUDITED_FIELDS,
  CREDIT_LINE_EMIT,
} from './audit-trail.constants';

// A credit line of this deal changed share, amount or status.
export default defineTimelineActivityType({
  universalIdentifier:
    CREDIT_LINE_CHANGED_ON_OPPORTUNITY_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER,
  name: 'creditLineChangedOnOpportunity',
  label: 'Credit line changed',
  icon: 'IconCoins',
  emit: {
    on: 'updated',
    objectUniversalIdentifier: CREDIT_LINE_EMIT.objectUniversalIdentifier,
    through: {
      relationFieldUniversalIdentifier: CREDIT_LINE_EMIT.onOpportunity,
      triggerFieldUniversalIdentifiers: CREDIT_LINE_AUDITED_FIELDS,
    },
  },
});
