import { defineTimelineActivityType } from 'twenty-sdk/define';

import { CONFLICT_RAISED_ON_ACCOUNT_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { CONFLICT_EMIT } from './audit-trail.constants';

// A conflict was raised in this family.
export default defineTimelineActivityType({
  universalIdentifier:
    CONFLICT_RAISED_ON_ACCOUNT_TIMELINE_TYPE_UNIVERSAL_IDENTIFIER,
  name: 'conflictRaisedOnAccount',
  label: 'Conflict raised',
  icon: 'IconAlertTriangle',
  emit: {
    on: 'created',
    objectUniversalIdentifier: CONFLICT_EMIT.objectUniversalIdentifier,
    through: {
      relationFieldUniversalIdentifier: CONFLICT_EMIT.onAccount,
    },
  },
});
