import { defineCommandMenuItem, STANDARD_OBJECT } from 'twenty-sdk/define';

import {
  RECALCULATE_CREDIT_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  RECALCULATE_CREDIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Cmd+K on a selected opportunity: recalculate its credit now instead of waiting for an event.
export default defineCommandMenuItem({
  universalIdentifier:
    RECALCULATE_CREDIT_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  label: 'Recalculate credit',
  shortLabel: 'Recalculate credit',
  availabilityType: 'RECORD_SELECTION',
  availabilityObjectUniversalIdentifier:
    STANDARD_OBJECT.opportunity.universalIdentifier,
  frontComponentUniversalIdentifier:
    RECALCULATE_CREDIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
});
