import { defineCommandMenuItem, STANDARD_OBJECT } from 'twenty-sdk/define';

import {
  EXPLAIN_CREDIT_SPLIT_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  EXPLAIN_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Cmd+K on a selected opportunity: why its credit is split as it is.
export default defineCommandMenuItem({
  universalIdentifier:
    EXPLAIN_CREDIT_SPLIT_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  label: 'Explain this split',
  shortLabel: 'Explain split',
  availabilityType: 'RECORD_SELECTION',
  availabilityObjectUniversalIdentifier:
    STANDARD_OBJECT.opportunity.universalIdentifier,
  frontComponentUniversalIdentifier:
    EXPLAIN_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
});
