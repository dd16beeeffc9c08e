import {
  AggregateOperations,
  definePageLayout,
  PageLayoutTabLayoutMode,
  STANDARD_OBJECT,
} from 'twenty-sdk/define';

import { DEFAULT_REPORTING_CURRENCY } from '@global-accounts/domain';

import {
  ATTAINMENT_BY_ACCOUNT_VIEW_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_ANNUAL_TARGET_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_ATTAINMENT_TABLE_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_CREDIT_BY_CURRENCY_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_PROVISIONAL_CREDIT_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_WON_REVENUE_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_WON_VOLUME_BY_SHIP_TO_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_COUNTRY_ATTAINMENT_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_COUNTRY_TARGETS_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_PIPELINE_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_PLAN_TARGET_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER,
} from '../constants/manager-dashboard-universal-identifiers';
import {
  ACCOUNT_PLAN_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_ACCOUNT_PLAN_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_CURRENT_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_MEASURE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_TARGET_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_REVENUE_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  COMPANY_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_ASSIGNEE_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_ANNUAL_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_WON_REVENUE_YTD_FIELD_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_AGREEMENTS_BY_PROGRESS_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_CREDIT_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_OPEN_CONFLICTS_BY_KIND_WIDGET_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  MANAGER_DASHBOARD_TAB_UNIVERSAL_IDENTIFIER,
  OPPORTUNITY_SHIP_TO_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';
import { buildChartFilter } from '../utils/build-chart-filter.util';

// Every amount a chart adds is in this one currency (the app's default reporting currency):
// Twenty sums amountMicros whatever the currency, so each money chart filters on currencyCode.
// A workspace that reports in another currency changes the chart filter in Twenty's UI.
const CURRENCY = DEFAULT_REPORTING_CURRENCY;
const OPPORTUNITY = STANDARD_OBJECT.opportunity;

const grid = (row: number, column: number) => ({
  layoutMode: PageLayoutTabLayoutMode.GRID as const,
  row,
  column,
  rowSpan: 6,
  columnSpan: 6,
});

// Revenue credit lines of one status, in the reporting currency: REVERSED lines (owner
// changes, lost deals) never count, and won (CREDITED) never mixes with PROVISIONAL.
const revenueCreditFilter = (statuses: readonly string[]) =>
  buildChartFilter({
    selectIsOneOf: [
      {
        field: CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
        values: ['REVENUE'],
      },
      {
        field: CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
        values: statuses,
      },
    ],
    currencyIsOneOf: [
      {
        field: CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
        currencyCodes: [CURRENCY],
      },
    ],
  });

const creditByOfficeAndPeriod = (
  statuses: readonly string[],
  description: string,
) => ({
  configurationType: 'BAR_CHART' as const,
  description,
  aggregateFieldMetadataUniversalIdentifier:
    CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
  aggregateOperation: AggregateOperations.SUM,
  primaryAxisGroupByFieldMetadataUniversalIdentifier:
    CREDIT_ALLOCATION_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  primaryAxisOrderBy: 'FIELD_ASC',
  secondaryAxisGroupByFieldMetadataUniversalIdentifier:
    CREDIT_ALLOCATION_PERIOD_FIELD_UNIVERSAL_IDENTIFIER,
  layout: 'VERTICAL',
  groupMode: 'STACKED',
  displayLegend: true,
  filter: revenueCreditFilter(statuses),
});

const accountFigure = (field: string, description: string) => ({
  configurationType: 'BAR_CHART' as const,
  description,
  aggregateFieldMetadataUniversalIdentifier: field,
  aggregateOperation: AggregateOperations.SUM,
  primaryAxisGroupByFieldMetadataUniversalIdentifier:
    GLOBAL_ACCOUNT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  primaryAxisOrderBy: 'FIELD_ASC',
  layout: 'HORIZONTAL',
  filter: buildChartFilter({
    currencyIsOneOf: [{ field, currencyCodes: [CURRENCY] }],
  }),
});

// Twenty's standard open stages (a workspace with its own stages edits this filter).
const OPEN_STAGES = ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL'];

// Country objectives that measure won revenue: each bar is one plan's (one account's
// reporting currency, the unit its values are in), grouped, never stacked or added across plans.
const countryObjectives = (field: string, description: string) => ({
  configurationType: 'BAR_CHART' as const,
  description,
  aggregateFieldMetadataUniversalIdentifier: field,
  aggregateOperation: AggregateOperations.SUM,
  primaryAxisGroupByFieldMetadataUniversalIdentifier:
    ACCOUNT_PLAN_OBJECTIVE_COUNTRY_CODE_FIELD_UNIVERSAL_IDENTIFIER,
  primaryAxisOrderBy: 'FIELD_ASC',
  secondaryAxisGroupByFieldMetadataUniversalIdentifier:
    ACCOUNT_PLAN_OBJECTIVE_ACCOUNT_PLAN_FIELD_UNIVERSAL_IDENTIFIER,
  layout: 'VERTICAL',
  groupMode: 'GROUPED',
  displayLegend: true,
  filter: buildChartFilter({
    selectIsOneOf: [
      {
        field: ACCOUNT_PLAN_OBJECTIVE_MEASURE_FIELD_UNIVERSAL_IDENTIFIER,
        values: ['WON_REVENUE_IN_COUNTRY'],
      },
    ],
  }),
});

// Managers' dashboard. "This period" cannot be a fixed chart filter (period is text and
// moves every quarter), so credit is stacked by period and the newest period reads off the chart.
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
          title: `Won credit by office and period (${CURRENCY})`,
          type: 'GRAPH',
          objectUniversalIdentifier:
            CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(0, 0),
          configuration: creditByOfficeAndPeriod(
            ['CREDITED'],
            'Revenue credit of won deals (CREDITED lines only), per office credited.',
          ),
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_WON_VOLUME_BY_SHIP_TO_WIDGET_UNIVERSAL_IDENTIFIER,
          title: `Won volume shipped to each country (${CURRENCY} deals)`,
          type: 'GRAPH',
          objectUniversalIdentifier: OPPORTUNITY.universalIdentifier,
          position: grid(0, 6),
          configuration: {
            configurationType: 'BAR_CHART',
            description: `Fairness: set it against won credit by office. Won deals of every family priced in ${CURRENCY}.`,
            aggregateFieldMetadataUniversalIdentifier:
              OPPORTUNITY.fields.amount.universalIdentifier,
            aggregateOperation: AggregateOperations.SUM,
            primaryAxisGroupByFieldMetadataUniversalIdentifier:
              OPPORTUNITY_SHIP_TO_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
            primaryAxisOrderBy: 'FIELD_ASC',
            layout: 'VERTICAL',
            filter: buildChartFilter({
              selectIsOneOf: [
                {
                  field: OPPORTUNITY.fields.stage.universalIdentifier,
                  values: ['CUSTOMER'],
                },
              ],
              currencyIsOneOf: [
                {
                  field: OPPORTUNITY.fields.amount.universalIdentifier,
                  currencyCodes: [CURRENCY],
                },
              ],
              relationTargetIsNotEmpty: [
                {
                  field: OPPORTUNITY.fields.company.universalIdentifier,
                  targetField:
                    COMPANY_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
                },
              ],
            }),
          },
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_PROVISIONAL_CREDIT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: `Open pipeline by office and period, all families (${CURRENCY})`,
          type: 'GRAPH',
          objectUniversalIdentifier:
            CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(6, 0),
          configuration: creditByOfficeAndPeriod(
            ['PROVISIONAL'],
            'Provisional revenue credit of open deals: the pipeline, split by the office credited.',
          ),
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_CREDIT_BY_CURRENCY_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Revenue credit by reporting currency and status',
          type: 'GRAPH',
          objectUniversalIdentifier:
            CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(6, 6),
          configuration: {
            configurationType: 'BAR_CHART',
            description:
              'One bar per currency and status, side by side: accounts reporting in other currencies, never added together.',
            aggregateFieldMetadataUniversalIdentifier:
              CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
            aggregateOperation: AggregateOperations.SUM,
            primaryAxisGroupByFieldMetadataUniversalIdentifier:
              CREDIT_ALLOCATION_REPORTING_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
            primaryAxisGroupBySubFieldName: 'currencyCode',
            primaryAxisOrderBy: 'FIELD_ASC',
            secondaryAxisGroupByFieldMetadataUniversalIdentifier:
              CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
            layout: 'VERTICAL',
            groupMode: 'GROUPED',
            displayLegend: true,
            filter: buildChartFilter({
              selectIsOneOf: [
                {
                  field:
                    CREDIT_ALLOCATION_CREDIT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
                  values: ['REVENUE'],
                },
                {
                  field: CREDIT_ALLOCATION_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
                  values: ['PROVISIONAL', 'CREDITED', 'HELD'],
                },
              ],
            }),
          },
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_WON_REVENUE_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: `Attainment: won revenue this fiscal year (${CURRENCY})`,
          type: 'GRAPH',
          objectUniversalIdentifier: GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(12, 0),
          configuration: accountFigure(
            GLOBAL_ACCOUNT_WON_REVENUE_YTD_FIELD_UNIVERSAL_IDENTIFIER,
            'The roll-up wonRevenueYtd of each account; read it against the annual target beside it.',
          ),
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_ANNUAL_TARGET_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: `Attainment: annual target (${CURRENCY})`,
          type: 'GRAPH',
          objectUniversalIdentifier: GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(12, 6),
          configuration: accountFigure(
            GLOBAL_ACCOUNT_ANNUAL_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
            'The annualTarget of each account, in the same order as won revenue.',
          ),
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_ATTAINMENT_TABLE_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Attainment by account (each in its reporting currency)',
          type: 'RECORD_TABLE',
          objectUniversalIdentifier: GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
          position: { ...grid(18, 0), columnSpan: 12 },
          configuration: {
            configurationType: 'RECORD_TABLE',
            viewUniversalIdentifier:
              ATTAINMENT_BY_ACCOUNT_VIEW_UNIVERSAL_IDENTIFIER,
          },
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_OPEN_CONFLICTS_BY_KIND_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Open conflicts by kind and assignee',
          type: 'GRAPH',
          objectUniversalIdentifier: CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(24, 0),
          configuration: {
            configurationType: 'BAR_CHART',
            description:
              'Open conflicts per kind, stacked by the person who must act (empty: nobody assigned).',
            aggregateFieldMetadataUniversalIdentifier:
              CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
            aggregateOperation: AggregateOperations.COUNT,
            primaryAxisGroupByFieldMetadataUniversalIdentifier:
              CONFLICT_KIND_FIELD_UNIVERSAL_IDENTIFIER,
            primaryAxisOrderBy: 'FIELD_ASC',
            secondaryAxisGroupByFieldMetadataUniversalIdentifier:
              CONFLICT_ASSIGNEE_FIELD_UNIVERSAL_IDENTIFIER,
            layout: 'HORIZONTAL',
            groupMode: 'STACKED',
            displayLegend: true,
            filter: buildChartFilter({
              selectIsOneOf: [
                {
                  field: CONFLICT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
                  values: ['OPEN'],
                },
              ],
            }),
          },
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_AGREEMENTS_BY_PROGRESS_WIDGET_UNIVERSAL_IDENTIFIER,
          title: `Active agreements: volume to date (${CURRENCY} agreements)`,
          type: 'GRAPH',
          objectUniversalIdentifier:
            FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(24, 6),
          configuration: {
            configurationType: 'BAR_CHART',
            aggregateFieldMetadataUniversalIdentifier:
              FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
            aggregateOperation: AggregateOperations.SUM,
            primaryAxisGroupByFieldMetadataUniversalIdentifier:
              FRAMEWORK_AGREEMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
            layout: 'VERTICAL',
            filter: buildChartFilter({
              selectIsOneOf: [
                {
                  field: FRAMEWORK_AGREEMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
                  values: ['ACTIVE'],
                },
              ],
              currencyIsOneOf: [
                {
                  field:
                    FRAMEWORK_AGREEMENT_VOLUME_TO_DATE_FIELD_UNIVERSAL_IDENTIFIER,
                  currencyCodes: [CURRENCY],
                },
              ],
            }),
          },
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_PIPELINE_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER,
          title: `Open pipeline by country, all families (${CURRENCY} deals)`,
          type: 'GRAPH',
          objectUniversalIdentifier: OPPORTUNITY.universalIdentifier,
          position: grid(30, 0),
          configuration: {
            configurationType: 'BAR_CHART',
            description: `Open deals (not won) of every family's companies priced in ${CURRENCY}, by the country shipped to.`,
            aggregateFieldMetadataUniversalIdentifier:
              OPPORTUNITY.fields.amount.universalIdentifier,
            aggregateOperation: AggregateOperations.SUM,
            primaryAxisGroupByFieldMetadataUniversalIdentifier:
              OPPORTUNITY_SHIP_TO_COUNTRY_FIELD_UNIVERSAL_IDENTIFIER,
            primaryAxisOrderBy: 'FIELD_ASC',
            layout: 'VERTICAL',
            filter: buildChartFilter({
              selectIsOneOf: [
                {
                  field: OPPORTUNITY.fields.stage.universalIdentifier,
                  values: OPEN_STAGES,
                },
              ],
              currencyIsOneOf: [
                {
                  field: OPPORTUNITY.fields.amount.universalIdentifier,
                  currencyCodes: [CURRENCY],
                },
              ],
              relationTargetIsNotEmpty: [
                {
                  field: OPPORTUNITY.fields.company.universalIdentifier,
                  targetField:
                    COMPANY_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
                },
              ],
            }),
          },
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_PLAN_TARGET_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: `Attainment: account plan revenue target (${CURRENCY})`,
          type: 'GRAPH',
          objectUniversalIdentifier: ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(30, 6),
          configuration: {
            configurationType: 'BAR_CHART',
            description:
              "The active plan's revenueTarget per account: read it against won revenue this fiscal year.",
            aggregateFieldMetadataUniversalIdentifier:
              ACCOUNT_PLAN_REVENUE_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
            aggregateOperation: AggregateOperations.SUM,
            primaryAxisGroupByFieldMetadataUniversalIdentifier:
              ACCOUNT_PLAN_GLOBAL_ACCOUNT_FIELD_UNIVERSAL_IDENTIFIER,
            layout: 'HORIZONTAL',
            filter: buildChartFilter({
              selectIsOneOf: [
                {
                  field: ACCOUNT_PLAN_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
                  values: ['ACTIVE'],
                },
              ],
              currencyIsOneOf: [
                {
                  field: ACCOUNT_PLAN_REVENUE_TARGET_FIELD_UNIVERSAL_IDENTIFIER,
                  currencyCodes: [CURRENCY],
                },
              ],
            }),
          },
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_COUNTRY_TARGETS_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Attainment per country: won-revenue targets of the plans',
          type: 'GRAPH',
          objectUniversalIdentifier:
            ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(36, 0),
          configuration: countryObjectives(
            ACCOUNT_PLAN_OBJECTIVE_TARGET_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
            "Target of each country objective (won revenue in the country), one bar per plan, in its account's reporting currency.",
          ),
        },
        {
          universalIdentifier:
            MANAGER_DASHBOARD_COUNTRY_ATTAINMENT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Attainment per country: won revenue measured by the app',
          type: 'GRAPH',
          objectUniversalIdentifier:
            ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
          position: grid(36, 6),
          configuration: countryObjectives(
            ACCOUNT_PLAN_OBJECTIVE_CURRENT_VALUE_FIELD_UNIVERSAL_IDENTIFIER,
            "Won revenue this fiscal year in each objective's country, as the app measures it, in the same bars as the targets.",
          ),
        },
      ],
    },
  ],
});
