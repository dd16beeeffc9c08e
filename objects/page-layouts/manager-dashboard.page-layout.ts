import {
  AggregateOperations,
  definePageLayout,
  PageLayoutTabLayoutMode,
} from 'twenty-sdk/define';

import {
  CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_AGREEMENTS_BY_PROGRESS_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_CREDIT_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_OPEN_CONFLICTS_BY_KIND_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_TAB_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Chart filters hold a JSON list of SELECT values, as Twenty's UI stores them.
const isOneOfFilter = (fieldUniversalIdentifier: string, values: string[]) => ({
  fieldMetadataUniversalIdentifier: fieldUniversalIdentifier,
  operand: 'IS',
  value: JSON.stringify(values),
});

// Managers' dashboard. "This period" cannot be a fixed chart filter (period is
// text and moves every quarter), so credit is stacked by period and the newest
// period reads off the chart.
export default definePageLayout({
  universalIdentifier: MANAGER_DASHBOARD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  name: 'Global accounts dashboard',
  type: 'DASHBOARD',
  tabs: [
    {
      universalIdentifier: MANAGER_DASHBOARD_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Overview',
      icon: 'IconChartBar',
      position: 0,
      layoutMode: PageLayoutTabLayoutMode.GRID,
      widgets: [
        {
          universalIdentifier:
            MANAGER_DASHBOARD_CREDIT_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Revenue credit by country and period',
          type: 'GRAPH',
          objectUniversalIdentifier:
            CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
          position: {
            layoutMode: PageLayoutTabLayoutMode.GRID,
            row: 0,
            column: 0,
            rowSpan: 6,
            columnSpan: 6,
          },
          configuration: {
            configurationType: 'BAR_CHART',
            aggregateFieldMetadataUniversalIdentifier:
              CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
            aggregateOperation: AggregateOperations.SUM,
            primaryAxisGroupByFieldMetadataUniversalIdentifier:
              CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
            secondaryAxisGroupByFieldMetadataUniversalIdentifier:
              CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
            displayLegend: true,
            filter: {
              recordFilters: [
                isOneOfFilter(
                  CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
                  ['REVENUE'],
                ),
              ],
            },
          },
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_OPEN_CONFLICTS_BY_KIND_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Open conflicts by kind',
          type: 'GRAPH',
          objectUniversalIdentifier: CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
          position: {
            layoutMode: PageLayoutTabLayoutMode.GRID,
            row: 0,
            column: 6,
            rowSpan: 6,
            columnSpan: 6,
          },
          configuration: {
            configurationType: 'PIE_CHART',
            aggregateFieldMetadataUniversalIdentifier:
              CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
            aggregateOperation: AggregateOperations.COUNT,
            groupByFieldMetadataUniversalIdentifier:
              CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
            displayLegend: true,
            filter: {
              recordFilters: [
                isOneOfFilter(CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER, [
                  'OPEN',
                ]),
              ],
            },
          },
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_AGREEMENTS_BY_PROGRESS_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Active agreements: volume to date',
          type: 'GRAPH',
          objectUniversalIdentifier:
            FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
          position: {
            layoutMode: PageLayoutTabLayoutMode.GRID,
            row: 6,
            column: 0,
            rowSpan: 6,
            columnSpan: 6,
          },
          configuration: {
            configurationType: 'BAR_CHART',
            aggregateFieldMetadataUniversalIdentifier:
              FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
            aggregateOperation: AggregateOperations.SUM,
            primaryAxisGroupByFieldMetadataUniversalIdentifier:
              FRAMEWORK_AGREEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
            filter: {
              recordFilters: [
                isOneOfFilter(
                  FRAMEWORK_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
                  ['ACTIVE'],
                ),
              ],
            },
          },
        },
      ],
    },
  ],
});
