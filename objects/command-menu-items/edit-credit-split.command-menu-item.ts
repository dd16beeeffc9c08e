import { defineCommandMenuItem, STANDARD_OBJECT } from 'twenty-sdk/define';

import {
  EDIT_CREDIT_SPLIT_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  EDIT_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Cmd+K on a selected opportunity: a manager sets the revenue split by hand, or goes back to
// the policy. Twenty's permissions decide who may save (the manager role; reps only read).
export default defineCommandMenuItem({
  universalIdentifier: EDIT_CREDIT_SPLIT_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  label: 'Edit credit split',
  shortLabel: 'Edit split',
  availabilityType: 'RECORD_SELECTION',
  availabilityObjectUniversalIdentifier:
    STANDARD_OBJECT.opportunity.universalIdentifier,
  frontComponentUniversalIdentifier:
    EDIT_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
});
