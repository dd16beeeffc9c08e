import { defineCommandMenuItem } from 'twenty-sdk/define';

import {
  PROSPECT_CHECK_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  PROSPECT_CHECK_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Cmd+K, anywhere: "Who already works this company?" before a rep creates it.
export default defineCommandMenuItem({
  universalIdentifier: PROSPECT_CHECK_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  label: 'Check a prospect (who already works it?)',
  shortLabel: 'Check prospect',
  availabilityType: 'GLOBAL',
  frontComponentUniversalIdentifier:
    PROSPECT_CHECK_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
});
