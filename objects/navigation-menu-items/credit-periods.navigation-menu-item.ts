import {
  defineNavigationMenuItem,
  NavigationMenuItemType,
} from 'twenty-sdk/define';

import {
  CREDIT_PERIODS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  CREDIT_PERIOD_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier: CREDIT_PERIODS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.OBJECT,
  name: 'Credit periods',
  icon: 'IconCalendarStats',
  position: 4,
  folderUniversalIdentifier:
    GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  targetObjectUniversalIdentifier: CREDIT_PERIOD_OBJECT_UNIVERSAL_IDENTIFIER,
});
