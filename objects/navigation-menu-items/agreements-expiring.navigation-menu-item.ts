import {
  defineNavigationMenuItem,
  NavigationMenuItemType,
} from 'twenty-sdk/define';

import {
  AGREEMENTS_EXPIRING_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  AGREEMENTS_EXPIRING_VIEW_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier:
    AGREEMENTS_EXPIRING_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.VIEW,
  name: 'Agreements expiring',
  icon: 'IconCalendarExclamation',
  position: 9,
  folderUniversalIdentifier:
    GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  viewUniversalIdentifier: AGREEMENTS_EXPIRING_VIEW_UNIVERSAL_IDENTIFIER,
});
