import { definePageLayout, PageLayoutTabLayoutMode } from 'twenty-sdk/define';

import {
  ACCOUNT_COCKPIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ACCOUNT_PLAN_TAB_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ACCOUNT_PLAN_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ACCOUNT_PLANS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_AGREEMENTS_TAB_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_AGREEMENTS_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_COMPANIES_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CONFLICTS_TAB_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CONFLICTS_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CREDIT_TAB_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_CREDIT_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_FRAMEWORK_AGREEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OPEN_PIPELINE_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OVERVIEW_COCKPIT_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OVERVIEW_COMPANIES_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OVERVIEW_FIELDS_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OVERVIEW_OPEN_PIPELINE_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OVERVIEW_TAB_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OVERVIEW_WON_REVENUE_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_RECORD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_TEAM_MEMBERS_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_TEAM_TAB_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_TEAM_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_TIMELINE_TAB_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_TIMELINE_WIDGET_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_WON_REVENUE_YTD_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// A FIELD widget on a one-to-many relation in CARD mode renders the
// record-scoped list (Twenty's own record pages do the same). In a manifest,
// FIELD widgets carry the field's universal identifier in `fieldMetadataId`.
const relationListWidget = (
  universalIdentifier: string,
  title: string,
  fieldUniversalIdentifier: string,
) => ({
  universalIdentifier,
  title,
  type: 'FIELD' as const,
  configuration: {
    configurationType: 'FIELD' as const,
    fieldMetadataId: fieldUniversalIdentifier,
    fieldDisplayMode: 'CARD' as const,
  },
});

const singleWidgetTab = ({
  universalIdentifier,
  title,
  icon,
  position,
  widget,
}: {
  universalIdentifier: string;
  title: string;
  icon: string;
  position: number;
  widget: ReturnType<typeof relationListWidget>;
}) => ({
  universalIdentifier,
  title,
  icon,
  position,
  layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
  widgets: [widget],
});

// The account's 360-degree view. An app record page replaces the object's
// default layout, so the overview carries the record's own fields widget and a
// timeline tab keeps notes, tasks and history reachable.
export default definePageLayout({
  universalIdentifier: GLOBAL_ACCOUNT_RECORD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  name: 'Global account 360',
  type: 'RECORD_PAGE',
  objectUniversalIdentifier: GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  defaultTabToFocusOnMobileAndSidePanelUniversalIdentifier:
    GLOBAL_ACCOUNT_OVERVIEW_TAB_UNIVERSAL_IDENTIFIER,
  tabs: [
    {
      universalIdentifier: GLOBAL_ACCOUNT_OVERVIEW_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Overview',
      icon: 'IconWorld',
      position: 0,
      layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
      widgets: [
        // The 360° cockpit (objects/front-components/account-cockpit.front-component.tsx).
        {
          universalIdentifier:
            GLOBAL_ACCOUNT_OVERVIEW_COCKPIT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Cockpit',
          type: 'FRONT_COMPONENT',
          configuration: {
            configurationType: 'FRONT_COMPONENT',
            frontComponentUniversalIdentifier:
              ACCOUNT_COCKPIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
          },
        },
        {
          universalIdentifier:
            GLOBAL_ACCOUNT_OVERVIEW_OPEN_PIPELINE_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Open pipeline',
          type: 'FIELD',
          configuration: {
            configurationType: 'FIELD',
            fieldMetadataId:
              GLOBAL_ACCOUNT_OPEN_PIPELINE_FIELD_UNIVERSAL_IDENTIFIER,
            fieldDisplayMode: 'FIELD',
          },
        },
        {
          universalIdentifier:
            GLOBAL_ACCOUNT_OVERVIEW_WON_REVENUE_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Won revenue (YTD)',
          type: 'FIELD',
          configuration: {
            configurationType: 'FIELD',
            fieldMetadataId:
              GLOBAL_ACCOUNT_WON_REVENUE_YTD_FIELD_UNIVERSAL_IDENTIFIER,
            fieldDisplayMode: 'FIELD',
          },
        },
        relationListWidget(
          GLOBAL_ACCOUNT_OVERVIEW_COMPANIES_WIDGET_UNIVERSAL_IDENTIFIER,
          'Member companies',
          GLOBAL_ACCOUNT_COMPANIES_FIELD_UNIVERSAL_IDENTIFIER,
        ),
        {
          universalIdentifier:
            GLOBAL_ACCOUNT_OVERVIEW_FIELDS_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Account details',
          type: 'FIELDS',
          configuration: { configurationType: 'FIELDS' },
        },
      ],
    },
    singleWidgetTab({
      universalIdentifier: GLOBAL_ACCOUNT_TEAM_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Team',
      icon: 'IconUsersGroup',
      position: 10,
      widget: relationListWidget(
        GLOBAL_ACCOUNT_TEAM_WIDGET_UNIVERSAL_IDENTIFIER,
        'Account team',
        GLOBAL_ACCOUNT_TEAM_MEMBERS_FIELD_UNIVERSAL_IDENTIFIER,
      ),
    }),
    singleWidgetTab({
      universalIdentifier: GLOBAL_ACCOUNT_AGREEMENTS_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Agreements',
      icon: 'IconFileCertificate',
      position: 20,
      widget: relationListWidget(
        GLOBAL_ACCOUNT_AGREEMENTS_WIDGET_UNIVERSAL_IDENTIFIER,
        'Framework agreements',
        GLOBAL_ACCOUNT_FRAMEWORK_AGREEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      ),
    }),
    singleWidgetTab({
      universalIdentifier: GLOBAL_ACCOUNT_CREDIT_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Credit',
      icon: 'IconReceipt',
      position: 30,
      widget: relationListWidget(
        GLOBAL_ACCOUNT_CREDIT_WIDGET_UNIVERSAL_IDENTIFIER,
        'Credit lines',
        GLOBAL_ACCOUNT_CREDIT_ALLOCATIONS_FIELD_UNIVERSAL_IDENTIFIER,
      ),
    }),
    singleWidgetTab({
      universalIdentifier: GLOBAL_ACCOUNT_CONFLICTS_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Conflicts',
      icon: 'IconAlertTriangle',
      position: 40,
      widget: relationListWidget(
        GLOBAL_ACCOUNT_CONFLICTS_WIDGET_UNIVERSAL_IDENTIFIER,
        'Conflicts',
        GLOBAL_ACCOUNT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
      ),
    }),
    singleWidgetTab({
      universalIdentifier: GLOBAL_ACCOUNT_ACCOUNT_PLAN_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Account plan',
      icon: 'IconListCheck',
      position: 50,
      widget: relationListWidget(
        GLOBAL_ACCOUNT_ACCOUNT_PLAN_WIDGET_UNIVERSAL_IDENTIFIER,
        'Account plans',
        GLOBAL_ACCOUNT_ACCOUNT_PLANS_FIELD_UNIVERSAL_IDENTIFIER,
      ),
    }),
    {
      universalIdentifier: GLOBAL_ACCOUNT_TIMELINE_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Timeline',
      icon: 'IconTimelineEvent',
      position: 60,
      layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
      widgets: [
        {
          universalIdentifier:
            GLOBAL_ACCOUNT_TIMELINE_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Timeline',
          type: 'TIMELINE',
          heightBehavior: 'TAB_VIEWPORT',
          configuration: { configurationType: 'TIMELINE' },
        },
      ],
    },
  ],
});
