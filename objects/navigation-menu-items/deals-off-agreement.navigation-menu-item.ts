import {
  defineNavigationMenuItem,
  NavigationMenuItemType,
} from 'twenty-sdk/define';

import {
  DEALS_OFF_AGREEMENT_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  DEALS_OFF_AGREEMENT_VIEW_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier:
    DEALS_OFF_AGREEMENT_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.VIEW,
  name: 'Deals off agreement',
  icon: 'IconArrowFork',
  position: 8,
  folderUniversalIdentifier:
    GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  viewUniversalIdentifier: DEALS_OFF_AGREEMENT_VIEW_UNIVERSAL_IDENTIFIER,
});
