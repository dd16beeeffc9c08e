import { defineTimelineActivityType } from 'twenty-sdk/define';

import { CONFLICT_CHANGED_ON_ACCOUNT_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import {
  CONFLICT_AUDITED_FIELDS,
  CONFLICT_EMIT,
} from './audit-trail.constants';

// A conflict of this family was dismissed, resolved or raised again.
export default defineTimelineActivityType({
  universalIdentifier:
    CONFLICT_CHANGED_ON_ACCOUNT_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER,
  name: 'conflictChangedOnAccount',
  label: 'Conflict status changed',
  icon: 'IconAlertTriangle',
  emit: {
    on: 'updated',
    objectUniversalIdentifier: CONFLICT_EMIT.objectUniversalIdentifier,
    through: {
      relationFieldUniversalIdentifier: CONFLICT_EMIT.onAccount,
      triggerFieldUniversalIdentifiers: CONFLICT_AUDITED_FIELDS,
    },
  },
});
