import { defineTimelineActivityType } from 'twenty-sdk/define';

import { CONFLICT_CHANGED_ON_OPPORTUNITY_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import {
  CONFLICT_AUDITED_FIELDS,
  CONFLICT_EMIT,
} from './audit-trail.constants';

// A conflict about this deal was dismissed, resolved or raised again.
export default defineTimelineActivityType({
  universalIdentifier:
    CONFLICT_CHANGED_ON_OPPORTUNITY_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER,
  name: 'conflictChangedOnOpportunity',
  label: 'Conflict status changed',
  icon: 'IconAlertTriangle',
  emit: {
    on: 'updated',
    objectUniversalIdentifier: CONFLICT_EMIT.objectUniversalIdentifier,
    through: {
      relationFieldUniversalIdentifier: CONFLICT_EMIT.onOpportunity,
      triggerFieldUniversalIdentifiers: CONFLICT_AUDITED_FIELDS,
    },
  },
});
