import {
  defineNavigationMenuItem,
  NavigationMenuItemType,
} from 'twenty-sdk/define';

import { GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';

// Every item of the app sits in this folder, in the order of their positions.
export default defineNavigationMenuItem({
  universalIdentifier:
    GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.FOLDER,
  name: 'Global Accounts',
  icon: 'IconWorld',
  color: 'blue',
  position: 0,
});
