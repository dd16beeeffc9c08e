import { STANDARD_OBJECT } from 'twenty-sdk/define';

import { toAmountMicros, type CreditLine } from '@global-accounts/domain';
import {
  DEMO_ACCOUNT_PLAN,
  DEMO_EXCHANGE_RATES,
  DEMO_GLOBAL_ACCOUNT,
} from '@global-accounts/seeds';

// The test pins the app's own identifiers; the app package (the repository root) has no entry
// point to import them through.
// eslint-disable-next-line @nx/enforce-module-boundaries
import * as DASHBOARD from '../../../objects/constants/manager-dashboard-universal-identifiers';
// eslint-disable-next-line @nx/enforce-module-boundaries
import * as IDS from '../../../objects/constants/universal-identifiers';
import { readBuiltAppManifest } from '../../manifest/build-app-manifest.util';
import { buildChartFields } from '../build-chart-fields.util';
import { buildDemoLedger, type DemoDeal } from '../build-demo-ledger.util';
import {
  ACCOUNT_PLAN_RECORDS,
  AGREEMENT_RECORDS,
  buildGlobalAccountRecords,
  buildObjectiveRecords,
  CONFLICT_RECORDS,
  toCreditAllocationRecord,
  toOpportunityRecord,
} from '../build-demo-records.util';
import { type ChartField } from '../chart-query.type';
import { type ChartRow, runChartQuery } from '../run-chart-query.util';
import { translateChartToQuery } from '../translate-chart-to-query.util';

type Widget = {
  universalIdentifier: string;
  title: string;
  objectUniversalIdentifier: string;
  configuration: Record<string, unknown>;
};
type TwentyRecord = Record<string, unknown>;

// Figures computed straight from the ledger lines and deals, without the chart's configuration.
const sumBy = <TItem>(
  items: readonly TItem[],
  dimensions: (item: TItem) => (string | null)[],
  value: (item: TItem) => bigint,
): ChartRow[] => {
  const rows = new Map<string, ChartRow>();
  for (const item of items) {
    const key = JSON.stringify(dimensions(item));
    const row = rows.get(key) ?? { dimensions: dimensions(item), value: 0n };
    row.value += value(item);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) =>
    JSON.stringify(a.dimensions) < JSON.stringify(b.dimensions) ? -1 : 1,
  );
};
const reportingMicros = (line: CreditLine): bigint =>
  BigInt(
    line.reportingAmount === null ? 0 : toAmountMicros(line.reportingAmount),
  );
const isEurRevenue = (line: CreditLine, status: string): boolean =>
  line.creditType === 'REVENUE' &&
  line.status === status &&
  line.reportingAmount?.currency === 'EUR';
const dealMicros = (deal: DemoDeal): bigint =>
  BigInt(Math.round(deal.amount * 1_000_000));
const moneyMicros = (record: TwentyRecord, field: string): bigint =>
  BigInt((record[field] as { amountMicros: string }).amountMicros);
const currencyOf = (record: TwentyRecord, field: string): string | undefined =>
  (record[field] as { currencyCode?: string } | null)?.currencyCode;

const { deals, lines } = buildDemoLedger();
const accounts = buildGlobalAccountRecords(deals);
const objectives = buildObjectiveRecords(deals);
const RECORDS: Record<string, TwentyRecord[]> = {
  [IDS.CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER]: lines.map(
    toCreditAllocationRecord,
  ),
  [IDS.GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER]: accounts,
  [IDS.CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER]: CONFLICT_RECORDS,
  [IDS.FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER]: AGREEMENT_RECORDS,
  [IDS.ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER]: ACCOUNT_PLAN_RECORDS,
  [IDS.ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER]: objectives,
};

// Won revenue of the EUR family this (calendar) fiscal year by ship-to country, in EUR
// hundredths: each (country, currency) sum converted once with the demo rates, rounded half up.
const wonEurHundredthsByCountry = (): Map<string, bigint> => {
  const cells = new Map<string, number>();
  for (const deal of deals) {
    if (
      deal.globalAccountId !== DEMO_GLOBAL_ACCOUNT.id ||
      deal.stage !== 'CUSTOMER' ||
      deal.closeDate.slice(0, 4) !== '2026' ||
      deal.closeDate.slice(0, 7) > '2026-11'
    )
      continue;
    const key = `${deal.shipToCountry}:${deal.currency}`;
    cells.set(key, (cells.get(key) ?? 0) + deal.amount);
  }
  const byCountry = new Map<string, bigint>();
  for (const [key, amount] of cells) {
    const [country = '', code = ''] = key.split(':');
    const rate =
      code === 'EUR'
        ? 1
        : 1 /
          Number(
            DEMO_EXCHANGE_RATES.find(
              (entry) =>
                entry.fromCurrency === 'EUR' && entry.toCurrency === code,
            )?.rate ?? Number.NaN,
          );
    const hundredths = BigInt(Math.round(amount * rate * 100));
    byCountry.set(country, (byCountry.get(country) ?? 0n) + hundredths);
  }
  return byCountry;
};
const OPEN_STAGES = ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL'];

const EXPECTED: Record<string, () => ChartRow[]> = {
  [IDS.MANAGER_DASHBOARD_CREDIT_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER]: () =>
    sumBy(
      lines.filter((line) => isEurRevenue(line, 'CREDITED')),
      (line) => [line.countryCode, line.period],
      reportingMicros,
    ),
  [DASHBOARD.MANAGER_DASHBOARD_PROVISIONAL_CREDIT_WIDGET_UNIVERSAL_IDENTIFIER]:
    () =>
      sumBy(
        lines.filter((line) => isEurRevenue(line, 'PROVISIONAL')),
        (line) => [line.countryCode, line.period],
        reportingMicros,
      ),
  [DASHBOARD.MANAGER_DASHBOARD_CREDIT_BY_CURRENCY_WIDGET_UNIVERSAL_IDENTIFIER]:
    () =>
      sumBy(
        lines.filter(
          (line) => line.creditType === 'REVENUE' && line.status !== 'REVERSED',
        ),
        (line) => [line.reportingAmount?.currency ?? null, line.status],
        reportingMicros,
      ),
  [DASHBOARD.MANAGER_DASHBOARD_WON_VOLUME_BY_SHIP_TO_WIDGET_UNIVERSAL_IDENTIFIER]:
    () =>
      sumBy(
        deals.filter(
          (deal) =>
            deal.stage === 'CUSTOMER' &&
            deal.currency === 'EUR' &&
            deal.globalAccountId !== null,
        ),
        (deal) => [deal.shipToCountry],
        dealMicros,
      ),
  [DASHBOARD.MANAGER_DASHBOARD_WON_REVENUE_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER]:
    () =>
      sumBy(
        accounts.filter(
          (account) => currencyOf(account, 'wonRevenueYtd') === 'EUR',
        ),
        (account) => [String(account.name)],
        (account) => moneyMicros(account, 'wonRevenueYtd'),
      ),
  [DASHBOARD.MANAGER_DASHBOARD_ANNUAL_TARGET_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER]:
    () =>
      sumBy(
        accounts.filter(
          (account) => currencyOf(account, 'annualTarget') === 'EUR',
        ),
        (account) => [String(account.name)],
        (account) => moneyMicros(account, 'annualTarget'),
      ),
  [IDS.MANAGER_DASHBOARD_OPEN_CONFLICTS_BY_KIND_WIDGET_UNIVERSAL_IDENTIFIER]:
    () =>
      sumBy(
        CONFLICT_RECORDS.filter((conflict) => conflict.status === 'OPEN'),
        (conflict) => [
          String(conflict.kind),
          (conflict.assigneeId as string | null) ?? null,
        ],
        () => 1n,
      ),
  [DASHBOARD.MANAGER_DASHBOARD_PIPELINE_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER]:
    () =>
      sumBy(
        deals.filter(
          (deal) =>
            OPEN_STAGES.includes(deal.stage) &&
            deal.currency === 'EUR' &&
            deal.globalAccountId !== null,
        ),
        (deal) => [deal.shipToCountry],
        dealMicros,
      ),
  [DASHBOARD.MANAGER_DASHBOARD_PLAN_TARGET_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER]:
    () => [
      {
        dimensions: [DEMO_ACCOUNT_PLAN.globalAccountId],
        value: BigInt(DEMO_ACCOUNT_PLAN.revenueTarget.amountMicros),
      },
    ],
  [DASHBOARD.MANAGER_DASHBOARD_COUNTRY_TARGETS_WIDGET_UNIVERSAL_IDENTIFIER]:
    () =>
      sumBy(
        objectives.filter(
          (objective) => objective.measure === 'WON_REVENUE_IN_COUNTRY',
        ),
        (objective) => [
          String(objective.countryCode),
          String(objective.accountPlanId),
        ],
        (objective) => BigInt(Number(objective.targetValue) * 100),
      ),
  [DASHBOARD.MANAGER_DASHBOARD_COUNTRY_ATTAINMENT_WIDGET_UNIVERSAL_IDENTIFIER]:
    () => {
      const won = wonEurHundredthsByCountry();
      return sumBy(
        objectives.filter(
          (objective) => objective.measure === 'WON_REVENUE_IN_COUNTRY',
        ),
        (objective) => [
          String(objective.countryCode),
          String(objective.accountPlanId),
        ],
        (objective) =>
          objective.accountPlanId === DEMO_ACCOUNT_PLAN.id
            ? (won.get(String(objective.countryCode)) ?? 0n)
            : BigInt(Math.round(Number(objective.currentValue) * 100)),
      );
    },
  [IDS.MANAGER_DASHBOARD_AGREEMENTS_BY_PROGRESS_WIDGET_UNIVERSAL_IDENTIFIER]:
    () =>
      sumBy(
        AGREEMENT_RECORDS.filter(
          (agreement) =>
            agreement.status === 'ACTIVE' &&
            currencyOf(agreement, 'volumeToDate') === 'EUR',
        ),
        (agreement) => [String(agreement.name)],
        (agreement) => moneyMicros(agreement, 'volumeToDate'),
      ),
};

let fields: Map<string, ChartField>;
let widgets: Widget[];

const recordsFor = (widget: Widget): TwentyRecord[] =>
  widget.objectUniversalIdentifier ===
  STANDARD_OBJECT.opportunity.universalIdentifier
    ? deals.map(toOpportunityRecord)
    : (RECORDS[widget.objectUniversalIdentifier] ?? []);
const run = (
  widget: Widget,
  records: readonly TwentyRecord[] = recordsFor(widget),
): ChartRow[] =>
  runChartQuery({
    query: translateChartToQuery({
      objectUniversalIdentifier: widget.objectUniversalIdentifier,
      configuration: widget.configuration,
      fields,
    }),
    records,
  });
const total = (rows: readonly ChartRow[]): bigint =>
  rows.reduce((sum, row) => sum + row.value, 0n);
const widgetById = (id: string): Widget => {
  const widget = widgets.find(
    (candidate) => candidate.universalIdentifier === id,
  );
  if (widget === undefined) throw new Error(`no widget ${id}`);
  return widget;
};

beforeAll(() => {
  const { manifest } = readBuiltAppManifest();
  fields = buildChartFields(manifest);
  widgets = manifest.pageLayouts
    .filter((layout) => layout.type === 'DASHBOARD')
    .flatMap((layout) => layout.tabs.flatMap((tab) => tab.widgets))
    .filter((widget) => widget.type === 'GRAPH') as unknown as Widget[];
});

describe('manager dashboard charts, run as Twenty runs them on the demo ledger', () => {
  it('has an independent figure for every chart of the dashboard', () => {
    expect(widgets.map((widget) => widget.universalIdentifier).sort()).toEqual(
      Object.keys(EXPECTED).sort(),
    );
  });

  it.each(Object.keys(EXPECTED))(
    'chart %s shows the figures computed from the ledger',
    (id) => {
      const rows = run(widgetById(id));

      expect(rows).toEqual(EXPECTED[id]?.());
      expect(rows.length).toBeGreaterThan(0);
    },
  );

  it('never counts a REVERSED line: removing them changes no credit chart', () => {
    const creditWidgets = widgets.filter(
      (widget) =>
        widget.objectUniversalIdentifier ===
        IDS.CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
    );
    const records =
      RECORDS[IDS.CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER] ?? [];
    const reversed = records.filter((record) => record.status === 'REVERSED');

    expect(reversed.length).toBeGreaterThanOrEqual(4);
    for (const widget of creditWidgets) {
      expect(
        run(
          widget,
          records.filter((record) => record.status !== 'REVERSED'),
        ),
      ).toEqual(run(widget));
      expect(run(widget, reversed)).toEqual([]);
    }
  });

  it('never adds two currencies: every bar of every money chart comes from one currency', () => {
    for (const widget of widgets) {
      const aggregated = fields.get(
        String(widget.configuration.aggregateFieldMetadataUniversalIdentifier),
      );
      if (aggregated?.type !== 'CURRENCY') continue;
      const records = recordsFor(widget);
      const currencies = [
        ...new Set(
          records.map((record) => currencyOf(record, aggregated.name)),
        ),
      ];
      for (const row of run(widget)) {
        const contributing = currencies.filter((code) =>
          run(
            widget,
            records.filter(
              (record) => currencyOf(record, aggregated.name) === code,
            ),
          ).some(
            (other) =>
              JSON.stringify(other.dimensions) ===
              JSON.stringify(row.dimensions),
          ),
        );

        expect({
          widget: widget.title,
          row: row.dimensions,
          contributing: contributing.length,
        }).toEqual({
          widget: widget.title,
          row: row.dimensions,
          contributing: 1,
        });
      }
    }
  });

  it('agrees with the roll-up engine: won credit and open pipeline of the EUR family', () => {
    const nordlys =
      accounts.find((account) => account.id === DEMO_GLOBAL_ACCOUNT.id) ?? {};
    const won = run(
      widgetById(
        IDS.MANAGER_DASHBOARD_CREDIT_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER,
      ),
    );
    const pipeline = run(
      widgetById(
        DASHBOARD.MANAGER_DASHBOARD_PROVISIONAL_CREDIT_WIDGET_UNIVERSAL_IDENTIFIER,
      ),
    );

    // Gdańsk 100,000.00 + Lyon 58,500.50 + 37,499.50 + Malmö 45,000 + 66,000 EUR,
    // 1,200,000 SEK = 104,347.83 EUR + 180,000 SEK = 15,652.17 EUR, 161,500 PLN = 38,000 EUR.
    expect(total(won)).toBe(465_000_000_000n);
    expect(total(won)).toBe(moneyMicros(nordlys, 'wonRevenueYtd'));
    expect(total(pipeline)).toBe(moneyMicros(nordlys, 'openPipeline'));
  });

  it('shows the active EUR agreements with the volume the agreement engine gives the demo deals', () => {
    const rows = run(
      widgetById(
        IDS.MANAGER_DASHBOARD_AGREEMENTS_BY_PROGRESS_WIDGET_UNIVERSAL_IDENTIFIER,
      ),
    );

    // Linked won deals: Gdańsk 100,000 + Lyon 58,500.50 + 37,499.50 + Malmö 66,000 EUR and
    // 1,380,000 SEK (120,000 EUR); nothing is linked to the DE association yet.
    expect(rows).toEqual([
      {
        dimensions: ['LEV Lichttechnik-Einkaufsverbund member terms'],
        value: 0n,
      },
      { dimensions: ['Nordlys global supply 2026'], value: 382_000_000_000n },
    ]);
  });

  it('shows what the chart before the fix got wrong: the lost deal, the reversed owner and SEK', () => {
    const before = {
      ...widgetById(
        IDS.MANAGER_DASHBOARD_CREDIT_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER,
      ),
    };
    const config = before.configuration as {
      filter: { recordFilters: unknown[] };
    };
    before.configuration = {
      ...before.configuration,
      filter: { recordFilters: config.filter.recordFilters.slice(0, 1) },
    };
    const wonAndPipeline =
      total(
        run(
          widgetById(
            IDS.MANAGER_DASHBOARD_CREDIT_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER,
          ),
        ),
      ) +
      total(
        run(
          widgetById(
            DASHBOARD.MANAGER_DASHBOARD_PROVISIONAL_CREDIT_WIDGET_UNIVERSAL_IDENTIFIER,
          ),
        ),
      );
    const reversedMicros = lines
      .filter(
        (line) => line.creditType === 'REVENUE' && line.status === 'REVERSED',
      )
      .reduce((sum, line) => sum + reportingMicros(line), 0n);
    const sekMicros = lines
      .filter(
        (line) =>
          line.creditType === 'REVENUE' &&
          line.reportingAmount?.currency === 'SEK',
      )
      .reduce((sum, line) => sum + reportingMicros(line), 0n);

    expect(total(run(before))).toBe(
      wonAndPipeline + reversedMicros + sekMicros,
    );
  });
});
