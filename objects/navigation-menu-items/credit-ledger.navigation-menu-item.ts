import {
  defineNavigationMenuItem,
  NavigationMenuItemType,
} from 'twenty-sdk/define';

import {
  CREDIT_LEDGER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier: CREDIT_LEDGER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.OBJECT,
  name: 'Credit lines',
  icon: 'IconReceipt',
  position: 3,
  folderUniversalIdentifier:
    GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  targetObjectUniversalIdentifier:
    CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
});
