import { defineTimelineActivityType } from 'twenty-sdk/define';

import { CONFLICT_RAISED_ON_OPPORTUNITY_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { CONFLICT_EMIT } from './audit-trail.constants';

// A conflict was raised about this deal (including credit the engine refused).
export default defineTimelineActivityType({
  universalIdentifier:
    CONFLICT_RAISED_ON_OPPORTUNITY_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER,
  name: 'conflictRaisedOnOpportunity',
  label: 'Conflict raised',
  icon: 'IconAlertTriangle',
  emit: {
    on: 'created',
    objectUniversalIdentifier: CONFLICT_EMIT.objectUniversalIdentifier,
    through: {
      relationFieldUniversalIdentifier: CONFLICT_EMIT.onOpportunity,
    },
  },
});
