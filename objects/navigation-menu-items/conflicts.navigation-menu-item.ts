import {
  defineNavigationMenuItem,
  NavigationMenuItemType,
} from 'twenty-sdk/define';

import {
  CONFLICTS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  OPEN_CONFLICTS_BY_KIND_VIEW_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier: CONFLICTS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.VIEW,
  name: 'Open conflicts',
  icon: 'IconAlertTriangle',
  position: 5,
  folderUniversalIdentifier:
    GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  viewUniversalIdentifier: OPEN_CONFLICTS_BY_KIND_VIEW_UNIVERSAL_IDENTIFIER,
});
