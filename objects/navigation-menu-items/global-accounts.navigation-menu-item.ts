import {
  defineNavigationMenuItem,
  NavigationMenuItemType,
} from 'twenty-sdk/define';

import {
  GLOBAL_ACCOUNTS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier:
    GLOBAL_ACCOUNTS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.OBJECT,
  name: 'Global accounts',
  icon: 'IconWorld',
  position: 0,
  folderUniversalIdentifier:
    GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  targetObjectUniversalIdentifier: GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
});
