import {
  defineNavigationMenuItem,
  NavigationMenuItemType,
} from 'twenty-sdk/define';

import {
  ACCOUNT_TEAMS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier: ACCOUNT_TEAMS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.OBJECT,
  name: 'Account teams',
  icon: 'IconUsersGroup',
  position: 1,
  folderUniversalIdentifier:
    GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  targetObjectUniversalIdentifier:
    ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
});
