import {
  defineNavigationMenuItem,
  NavigationMenuItemType,
} from 'twenty-sdk/define';

import {
  FRAMEWORK_AGREEMENTS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier:
    FRAMEWORK_AGREEMENTS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.OBJECT,
  name: 'Agreements',
  icon: 'IconFileCertificate',
  position: 2,
  folderUniversalIdentifier:
    GLOBAL_ACCOUNTS_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  targetObjectUniversalIdentifier:
    FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
});
