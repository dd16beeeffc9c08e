import {
  definePageLayoutTab,
  PageLayoutTabLayoutMode,
  STANDARD_PAGE_LAYOUT,
} from 'twenty-sdk/define';

import {
  EDIT_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_CREDIT_SPLIT_TAB_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_CREDIT_SPLIT_WIDGET_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// A "Credit split" tab on Twenty's standard opportunity record page: the deal's credit lines and
// why, and the manager's split editor (the same front component as Cmd+K "Edit credit split").
export default definePageLayoutTab({
  universalIdentifier: OPPORTUNITY_CREDIT_SPLIT_TAB_UNIVERSAL_IDENTIFIER,
  pageLayoutUniversalIdentifier:
    STANDARD_PAGE_LAYOUT.opportunityRecordPage.universalIdentifier,
  title: 'Credit split',
  icon: 'IconCoins',
  position: 10,
  layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
  widgets: [
    {
      universalIdentifier: OPPORTUNITY_CREDIT_SPLIT_WIDGET_UNIVERSAL_IDENTIFIER,
      title: 'Credit split',
      type: 'FRONT_COMPONENT',
      configuration: {
        configurationType: 'FRONT_COMPONENT',
        frontComponentUniversalIdentifier:
          EDIT_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
      },
    },
  ],
});
