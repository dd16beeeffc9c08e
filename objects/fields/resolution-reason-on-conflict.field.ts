import { defineField, FieldType } from 'twenty-sdk/define';

import {
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CONFLICT_RESOLUTION_REASON_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// CONFLICTS.md lifecycle: "a conflict whose cause disappears is resolved by the app with a reason".
export default defineField({
  universalIdentifier: CONFLICT_RESOLUTION_REASON_FIELD_UNIVERSAL_IDENTIFIER,
  objectUniversalIdentifier: CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  type: FieldType.TEXT,
  name: 'resolutionReason',
  label: 'Resolution reason',
  description:
    'Why the app resolved it (its cause is gone), in one sentence. Empty while open.',
  icon: 'IconCircleCheck',
  isUIEditable: false,
});
