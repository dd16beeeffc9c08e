import { defineTimelineActivityType } from 'twenty-sdk/define';

import { CREDIT_LINE_ADDED_ON_OPPORTUNITY_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { CREDIT_LINE_EMIT } from './audit-trail.constants';

// A credit line was written for this deal (policy, manual or adjustment).
export default defineTimelineActivityType({
  universalIdentifier:
    CREDIT_LINE_ADDED_ON_OPPORTUNITY_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER,
  name: 'creditLineAddedOnOpportunity',
  label: 'Credit line added',
  icon: 'IconCoins',
  emit: {
    on: 'created',
    objectUniversalIdentifier: CREDIT_LINE_EMIT.objectUniversalIdentifier,
    through: {
      relationFieldUniversalIdentifier: CREDIT_LINE_EMIT.onOpportunity,
    },
  },
});
