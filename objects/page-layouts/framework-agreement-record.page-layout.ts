import { definePageLayout, PageLayoutTabLayoutMode } from 'twenty-sdk/define';

import {
  FRAMEWORK_AGREEMENT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_CONFLICTS_TAB_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_CONFLICTS_WIDGET_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_CURRENT_REBATE_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_DEALS_TAB_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_DEALS_WIDGET_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_GAP_TO_NEXT_TIER_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_NEXT_TIER_THRESHOLD_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OFF_AGREEMENT_TAB_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OFF_AGREEMENT_VOLUME_BY_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OFF_AGREEMENT_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OFF_AGREEMENT_WIDGET_IDS,
  FRAMEWORK_AGREEMENT_OPPORTUNITIES_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_PROGRESS_TAB_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_PROGRESS_WIDGET_IDS,
  FRAMEWORK_AGREEMENT_REBATE_SETTLEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_REBATE_TIERS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_REBATE_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_RECORD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_SETTLEMENTS_TAB_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_SETTLEMENTS_WIDGET_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_TIMELINE_TAB_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_TIMELINE_WIDGET_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// FIELD widgets carry the field's universal identifier in `fieldMetadataId` (see
// global-account-record.page-layout.ts): FIELD mode shows one value, CARD mode on a
// one-to-many relation the record's own related records.
const fieldWidget = ({
  universalIdentifier,
  title,
  field,
  mode = 'FIELD',
}: {
  universalIdentifier: string;
  title: string;
  field: string;
  mode?: 'FIELD' | 'CARD';
}) => ({
  universalIdentifier,
  title,
  type: 'FIELD' as const,
  configuration: {
    configurationType: 'FIELD' as const,
    fieldMetadataId: field,
    fieldDisplayMode: mode,
  },
});

type PageLayoutTab = NonNullable<
  Parameters<typeof definePageLayout>[0]['tabs']
>[number];

const tab = ({
  universalIdentifier,
  title,
  icon,
  position,
  widgets,
}: {
  universalIdentifier: string;
  title: string;
  icon: string;
  position: number;
  widgets: PageLayoutTab['widgets'];
}): PageLayoutTab => ({
  universalIdentifier,
  title,
  icon,
  position,
  layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
  widgets,
});

const PROGRESS = FRAMEWORK_AGREEMENT_PROGRESS_WIDGET_IDS;

// The agreement's record page: tier progress first (the volume against each tier's
// threshold, the percent reached, the rebate and the gap to the next tier), then the
// settlements by period, the volume that leaked off the agreement per country, the deals
// priced under it and its conflicts. An app record page replaces the object's default
// layout, so the agreement's own fields and a timeline stay reachable.
export default definePageLayout({
  universalIdentifier:
    FRAMEWORK_AGREEMENT_RECORD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  name: 'Framework agreement',
  type: 'RECORD_PAGE',
  objectUniversalIdentifier: FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  defaultTabToFocusOnMobileAndSidePanelUniversalIdentifier:
    FRAMEWORK_AGREEMENT_PROGRESS_TAB_UNIVERSAL_IDENTIFIER,
  tabs: [
    tab({
      universalIdentifier:
        FRAMEWORK_AGREEMENT_PROGRESS_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Tier progress',
      icon: 'IconStairsUp',
      position: 0,
      widgets: [
        fieldWidget({
          universalIdentifier: PROGRESS.volumeToDate,
          title: 'Volume to date',
          field: FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
        }),
        fieldWidget({
          universalIdentifier: PROGRESS.currentRebatePercent,
          title: 'Rebate reached',
          field:
            FRAMEWORK_AGREEMENT_CURRENT_REBATE_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
        }),
        fieldWidget({
          universalIdentifier: PROGRESS.rebateToDate,
          title: 'Rebate to date',
          field: FRAMEWORK_AGREEMENT_REBATE_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
        }),
        fieldWidget({
          universalIdentifier: PROGRESS.nextTierThreshold,
          title: 'Next tier at',
          field:
            FRAMEWORK_AGREEMENT_NEXT_TIER_THRESHOLD_FIELD_UNIVERSAL_IDENTIFIER,
        }),
        fieldWidget({
          universalIdentifier: PROGRESS.gapToNextTier,
          title: 'Gap to next tier',
          field:
            FRAMEWORK_AGREEMENT_GAP_TO_NEXT_TIER_FIELD_UNIVERSAL_IDENTIFIER,
        }),
        fieldWidget({
          universalIdentifier: PROGRESS.rebateTiers,
          title: 'Tiers: the volume each one starts at, and its rebate',
          field: FRAMEWORK_AGREEMENT_REBATE_TIERS_FIELD_UNIVERSAL_IDENTIFIER,
          mode: 'CARD',
        }),
        {
          universalIdentifier: PROGRESS.details,
          title: 'Agreement terms',
          type: 'FIELDS',
          configuration: { configurationType: 'FIELDS' },
        },
      ],
    }),
    tab({
      universalIdentifier:
        FRAMEWORK_AGREEMENT_SETTLEMENTS_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Settlements',
      icon: 'IconReceiptRefund',
      position: 10,
      widgets: [
        fieldWidget({
          universalIdentifier:
            FRAMEWORK_AGREEMENT_SETTLEMENTS_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Settlements by period',
          field:
            FRAMEWORK_AGREEMENT_REBATE_SETTLEMENTS_FIELD_UNIVERSAL_IDENTIFIER,
          mode: 'CARD',
        }),
      ],
    }),
    tab({
      universalIdentifier:
        FRAMEWORK_AGREEMENT_OFF_AGREEMENT_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Off-agreement volume',
      icon: 'IconArrowFork',
      position: 20,
      widgets: [
        fieldWidget({
          universalIdentifier:
            FRAMEWORK_AGREEMENT_OFF_AGREEMENT_WIDGET_IDS.offAgreementVolume,
          title: 'Off-agreement volume',
          field:
            FRAMEWORK_AGREEMENT_OFF_AGREEMENT_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
        }),
        fieldWidget({
          universalIdentifier:
            FRAMEWORK_AGREEMENT_OFF_AGREEMENT_WIDGET_IDS.offAgreementVolumeByCountry,
          title: 'By country',
          field:
            FRAMEWORK_AGREEMENT_OFF_AGREEMENT_VOLUME_BY_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
        }),
      ],
    }),
    tab({
      universalIdentifier: FRAMEWORK_AGREEMENT_DEALS_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Deals',
      icon: 'IconTargetArrow',
      position: 30,
      widgets: [
        fieldWidget({
          universalIdentifier:
            FRAMEWORK_AGREEMENT_DEALS_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Deals priced under this agreement',
          field: FRAMEWORK_AGREEMENT_OPPORTUNITIES_FIELD_UNIVERSAL_IDENTIFIER,
          mode: 'CARD',
        }),
      ],
    }),
    tab({
      universalIdentifier:
        FRAMEWORK_AGREEMENT_CONFLICTS_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Conflicts',
      icon: 'IconAlertTriangle',
      position: 40,
      widgets: [
        fieldWidget({
          universalIdentifier:
            FRAMEWORK_AGREEMENT_CONFLICTS_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Alerts and conflicts',
          field: FRAMEWORK_AGREEMENT_CONFLICTS_FIELD_UNIVERSAL_IDENTIFIER,
          mode: 'CARD',
        }),
      ],
    }),
    {
      universalIdentifier:
        FRAMEWORK_AGREEMENT_TIMELINE_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Timeline',
      icon: 'IconTimelineEvent',
      position: 50,
      layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
      widgets: [
        {
          universalIdentifier:
            FRAMEWORK_AGREEMENT_TIMELINE_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Timeline',
          type: 'TIMELINE',
          heightBehavior: 'TAB_VIEWPORT',
          configuration: { configurationType: 'TIMELINE' },
        },
      ],
    },
  ],
});
