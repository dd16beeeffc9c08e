import fc from 'fast-check';

import { applyBasisPoints } from '../../money/basis-points.util';
import { type CurrencyCode } from '../../money/currency.util';
import { buildRateTable, convertMoney } from '../../money/exchange-rate.util';
import { moneyFromMicros } from '../../money/micros.util';
import { computeBandedRebate } from '../../rebate-tiers/compute-banded-rebate.util';
import { computeRebate } from '../../rebate-tiers/compute-rebate.util';
import { type RebateTier } from '../../rebate-tiers/rebate-tier.type';
import { type StoredSettlement } from '../agreement-engine-input.type';
import { computeAgreementProgress } from '../compute-agreement-progress.util';
import {
  bucket,
  buildAgreement,
  buildProgressInput,
  company,
  day,
  period,
  tier,
} from './agreement.builders';

const RUNS = { numRuns: 10_000 };
const MONTHS = Array.from({ length: 12 }, (_, index) =>
  String(index + 1).padStart(2, '0'),
);
const YEAR_PERIODS = MONTHS.map((month) =>
  period(`2026-${month}`, `2026-${month}-01`, `2026-${month}-28`),
);
const RATES = [
  { fromCurrency: 'PLN', toCurrency: 'EUR', rate: '0.2331' },
  { fromCurrency: 'EUR', toCurrency: 'JPY', rate: '161.37' },
  { fromCurrency: 'BHD', toCurrency: 'EUR', rate: '2.4421' },
];
const CURRENCIES = ['EUR', 'PLN', 'JPY', 'BHD'];

const tiersArbitrary = fc
  .uniqueArray(fc.integer({ min: 0, max: 2_000_000 }), {
    minLength: 1,
    maxLength: 5,
  })
  .chain((thresholds) =>
    fc.tuple(
      fc.constant(thresholds.sort((left, right) => left - right)),
      fc.array(fc.integer({ min: 0, max: 3_000 }), {
        minLength: thresholds.length,
        maxLength: thresholds.length,
      }),
    ),
  )
  .map(([thresholds, percents]) =>
    thresholds.map((threshold, index) =>
      tier(threshold, (percents[index] ?? 0) / 100),
    ),
  );

const risingTiersArbitrary = tiersArbitrary.map((tiers) => {
  const rates = tiers
    .map((record) => record.rebatePercent ?? 0)
    .sort((left, right) => left - right);
  return tiers.map((record, index) => ({
    ...record,
    rebatePercent: rates[index] ?? 0,
  }));
});

const bucketsArbitrary = fc.array(
  fc.record({
    month: fc.integer({ min: 0, max: 11 }),
    dayOfMonth: fc.integer({ min: 1, max: 28 }),
    major: fc.integer({ min: -20_000, max: 500_000 }),
    currencyCode: fc.constantFrom(...CURRENCIES),
    companyId: fc.constantFrom('co-de', 'co-pl', 'co-late'),
    linked: fc.boolean(),
  }),
  { maxLength: 25 },
);

// An engine run over a calendar year of monthly periods: the first `closedMonths` are closed,
// `finals` of them hold stored FINAL settlements of arbitrary amounts, today is in an open month.
const scenarioArbitrary = fc.record({
  tiers: tiersArbitrary,
  retroactive: fc.boolean(),
  buckets: bucketsArbitrary,
  closedMonths: fc.integer({ min: 0, max: 10 }),
  finals: fc.uniqueArray(
    fc.record({
      month: fc.integer({ min: 0, max: 11 }),
      major: fc.integer({ min: -5_000, max: 50_000 }),
    }),
    { maxLength: 6, selector: (entry) => entry.month },
  ),
});

type Scenario = {
  tiers: ReturnType<typeof tier>[];
  retroactive: boolean;
  buckets: {
    month: number;
    dayOfMonth: number;
    major: number;
    currencyCode: string;
    companyId: string;
    linked: boolean;
  }[];
  closedMonths: number;
  finals: { month: number; major: number }[];
};

const runScenario = (scenario: Scenario) => {
  const periods = YEAR_PERIODS.map((entry, index) => ({
    ...entry,
    state:
      index < scenario.closedMonths ? ('CLOSED' as const) : ('OPEN' as const),
  }));
  const settlements: StoredSettlement[] = scenario.finals
    .filter((entry) => entry.month < scenario.closedMonths)
    .map((entry) => ({
      id: `rs-${String(entry.month)}`,
      period: periods[entry.month]?.name ?? '',
      cumulativeVolume: null,
      rebateAmount: null,
      settlementAmount: {
        amountMicros: entry.major * 1_000_000,
        currencyCode: 'EUR',
      },
      status: 'FINAL',
    }));
  const input = buildProgressInput({
    agreement: buildAgreement({
      retroactive: scenario.retroactive,
      endDateInclusive: day('2026-12-28'),
    }),
    tiers: scenario.tiers,
    companies: [
      company('co-de', 'DE'),
      company('co-pl', 'PL'),
      company('co-late', 'SE', '2026-06-01'),
    ],
    volumeBuckets: scenario.buckets.map((entry) =>
      bucket({
        companyId: entry.companyId,
        closeDate: `2026-${MONTHS[entry.month] ?? '01'}-${String(entry.dayOfMonth).padStart(2, '0')}`,
        major: entry.currencyCode === 'JPY' ? entry.major * 100 : entry.major,
        currencyCode: entry.currencyCode,
        agreementId: entry.linked ? undefined : null,
      }),
    ),
    rates: RATES,
    periods,
    settlements,
    today: day(`2026-${MONTHS[scenario.closedMonths] ?? '12'}-15`),
  });
  const result = computeAgreementProgress(input);
  if (!result.success) throw new Error(result.error.message);
  return { input, progress: result.data, settlements };
};

describe('agreement engine properties', () => {
  it('never gives a banded rebate above the highest percent × volume', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 1e12 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat({ max: 10_000 }), { minLength: 6, maxLength: 6 }),
        fc.nat({ max: 2e12 }),
        (thresholds, rates, volumeMinor) => {
          const tiers: RebateTier[] = [...thresholds]
            .sort((left, right) => left - right)
            .map((fromVolumeMinor, index) => ({
              tierNumber: index + 1,
              fromVolumeMinor,
              basisPoints: rates[index] ?? 0,
            }));
          const highest = Math.max(...tiers.map((entry) => entry.basisPoints));

          expect(computeBandedRebate(tiers, volumeMinor)).toBeLessThanOrEqual(
            applyBasisPoints(volumeMinor, highest),
          );
        },
      ),
      RUNS,
    );
  });

  it('makes the settlements of an agreement sum to the rebate at its final volume', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const { progress } = runScenario(scenario);

        const sum = progress.settlements.reduce(
          (total, entry) => total + entry.settlementAmount.amountMinor,
          0,
        );

        expect(sum).toBe(progress.rebateToDate.amountMinor);
        expect(progress.unsettledAmount.amountMinor).toBe(0);
      }),
      RUNS,
    );
  });

  it('never changes a FINAL settlement', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const { progress, settlements } = runScenario(scenario);

        for (const stored of settlements) {
          const planned = progress.settlements.find(
            (entry) => entry.period === stored.period,
          );
          expect(planned).toEqual(
            expect.objectContaining({
              id: stored.id,
              status: 'FINAL',
              change: 'unchanged',
            }),
          );
          expect(planned?.settlementAmount.amountMinor).toBe(
            (stored.settlementAmount?.amountMicros ?? 0) / 10_000,
          );
        }
      }),
      RUNS,
    );
  });

  it('never mixes currencies: volume is each currency total converted once, and a currency without a rate is refused', () => {
    const table = buildRateTable(RATES);
    if (!table.success) throw new Error('rates');
    fc.assert(
      fc.property(
        scenarioArbitrary,
        fc.constantFrom('PLN', 'JPY', 'BHD'),
        (scenario, dropped) => {
          const { input, progress } = runScenario(scenario);
          const totals = new Map<string, number>();
          for (const entry of input.volumeBuckets) {
            const companyEntry = input.companies.find(
              (candidate) => candidate.id === entry.companyId,
            );
            if (
              entry.frameworkAgreementId === null ||
              (companyEntry?.globalAccountSince ?? '') > entry.closeDate
            )
              continue;
            const money = moneyFromMicros(
              entry.amount.amountMicros,
              entry.amount.currencyCode,
            );
            if (money.success)
              totals.set(
                money.data.currency,
                (totals.get(money.data.currency) ?? 0) + money.data.amountMinor,
              );
          }
          const oracle = [...totals].reduce(
            (sum, [currency, amountMinor]) =>
              sum +
              (convertMoney(
                { amountMinor, currency: currency as CurrencyCode },
                'EUR' as CurrencyCode,
                table.data,
              )?.amountMinor ?? Number.NaN),
            0,
          );

          expect(progress.volumeToDate.amountMinor).toBe(oracle);

          const usesDropped = input.volumeBuckets.some(
            (entry) =>
              entry.amount.currencyCode === dropped &&
              (input.companies.find(
                (candidate) => candidate.id === entry.companyId,
              )?.globalAccountSince ?? '') <= entry.closeDate,
          );
          const withoutRate = computeAgreementProgress({
            ...input,
            rates: RATES.filter(
              (rate) =>
                rate.fromCurrency !== dropped && rate.toCurrency !== dropped,
            ),
          });
          expect(withoutRate.success).toBe(!usesDropped);
          if (!withoutRate.success) {
            expect(withoutRate.error).toEqual(
              expect.objectContaining({
                code: 'MISSING_EXCHANGE_RATE',
                fromCurrency: dropped,
                toCurrency: 'EUR',
              }),
            );
          }
        },
      ),
      RUNS,
    );
  });

  // Only where rates rise with the tier: a retroactive scale whose higher tier pays less
  // lowers the rebate on crossing it, by the agreement's own terms.
  it('never lowers the rebate when volume grows, for rates that rise with the tier', () => {
    fc.assert(
      fc.property(
        risingTiersArbitrary,
        fc.boolean(),
        fc.nat({ max: 1e11 }),
        fc.nat({ max: 1e9 }),
        (records, retroactive, volumeMinor, more) => {
          const tiers: RebateTier[] = records.map((record, index) => ({
            tierNumber: index + 1,
            fromVolumeMinor: (record.fromVolume?.amountMicros ?? 0) / 10_000,
            basisPoints: Math.round((record.rebatePercent ?? 0) * 100),
          }));

          expect(
            computeRebate({
              tiers,
              retroactive,
              volumeMinor: volumeMinor + more,
            }),
          ).toBeGreaterThanOrEqual(
            computeRebate({ tiers, retroactive, volumeMinor }),
          );
        },
      ),
      RUNS,
    );
  });
});
