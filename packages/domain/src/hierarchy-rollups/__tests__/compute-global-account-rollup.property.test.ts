import fc from 'fast-check';

import { parseCurrencyCode } from '../../money/currency.util';
import { type ExchangeRate } from '../../money/exchange-rate.util';
import { computeGlobalAccountRollup } from '../compute-global-account-rollup.util';
import { type OpportunityAmountGroup } from '../global-account-rollup.type';
import { microsToMinorUnits } from '../micros-to-minor-units.util';
import { buildRollupInput } from './rollup.builders';

const RUNS = { numRuns: 10_000 };
const CURRENCIES = ['EUR', 'SEK', 'JPY', 'BHD', 'USD'];
const RATE_BY_CURRENCY: Record<string, string> = {
  SEK: '11.5',
  JPY: '160.5',
  BHD: '0.41',
  USD: '1.08',
};

const groupArbitrary = fc.record({
  stage: fc.constantFrom('NEW', 'PROPOSAL', 'CUSTOMER'),
  currencyCode: fc.constantFrom(...CURRENCIES),
  countryCode: fc.constantFrom('DE', 'PL', null),
  closeMonth: fc.constantFrom('2026-02', '2026-11', '2027-01', null),
  amountMicros: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 15n }),
});

const inputArbitrary = fc.record({
  groups: fc.array(groupArbitrary, { maxLength: 12 }),
  known: fc.subarray(['SEK', 'JPY', 'BHD', 'USD']),
});

const ratesFor = (known: readonly string[]): ExchangeRate[] =>
  known.map((currency) => ({
    fromCurrency: 'EUR',
    toCurrency: currency,
    rate: RATE_BY_CURRENCY[currency] ?? '1',
  }));

// Independent figure: minor units per currency, summed per (country, currency) cell.
const minorByCurrency = (
  groups: readonly OpportunityAmountGroup[],
): Map<string, bigint> => {
  const cells = new Map<string, bigint>();
  for (const group of groups) {
    const key = `${group.countryCode ?? ''}|${group.currencyCode ?? ''}`;
    cells.set(key, (cells.get(key) ?? 0n) + group.amountMicros);
  }
  const totals = new Map<string, bigint>();
  for (const [key, micros] of cells) {
    const currency = key.split('|')[1] ?? '';
    const code = parseCurrencyCode(currency);
    if (!code.success) throw new Error(currency);
    totals.set(
      currency,
      (totals.get(currency) ?? 0n) + microsToMinorUnits(micros, code.data),
    );
  }
  return totals;
};

describe('computeGlobalAccountRollup (properties)', () => {
  it('never adds two currencies unconverted: a currency without a rate means no total at all', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ groups, known }) => {
        const open = groups.filter((group) => group.stage !== 'CUSTOMER');
        const rollup = computeGlobalAccountRollup(
          buildRollupInput({
            opportunityGroups: groups,
            rates: ratesFor(known),
          }),
        );
        const unconvertible = [...minorByCurrency(open)]
          .filter(
            ([currency, minor]) =>
              currency !== 'EUR' && !known.includes(currency) && minor !== 0n,
          )
          .map(([currency]) => currency);

        if (unconvertible.length > 0) {
          expect(rollup.rollupStatus).toBe('MISSING_RATE');
          expect(rollup.openPipeline).toBeNull();
          const pairs =
            rollup.problem?.code === 'MISSING_RATE' ? rollup.problem.pairs : [];
          expect(pairs.map((pair) => pair.fromCurrency)).toEqual(
            expect.arrayContaining(unconvertible) as unknown,
          );
          expect(pairs.every((pair) => pair.toCurrency === 'EUR')).toBe(true);
        } else if (rollup.rollupStatus === 'OK') {
          const countries = rollup.pipelineByCountry ?? [];
          expect(rollup.openPipeline?.currency).toBe('EUR');
          expect(
            countries.every((entry) => entry.amount.currency === 'EUR'),
          ).toBe(true);
          expect(
            countries.reduce((sum, entry) => sum + entry.amount.amountMinor, 0),
          ).toBe(rollup.openPipeline?.amountMinor);
        }
      }),
      RUNS,
    );
  });

  it('keeps each currency apart, to the minor unit, in the unconverted figures', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ groups, known }) => {
        const rollup = computeGlobalAccountRollup(
          buildRollupInput({
            opportunityGroups: groups,
            rates: ratesFor(known),
          }),
        );
        const expected = [
          ...minorByCurrency(
            groups.filter((group) => group.stage !== 'CUSTOMER'),
          ),
        ]
          .filter(([, minor]) => minor !== 0n)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([currency, minor]) => `${currency} ${String(minor)}`);

        expect(
          rollup.openPipelineByCurrency
            .filter((money) => money.amountMinor !== 0)
            .map((money) => `${money.currency} ${String(money.amountMinor)}`),
        ).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('gives the same roll-up whatever the order of the groups', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.integer(), ({ groups, known }, seed) => {
        const shuffled = [...groups].sort(
          (a, b) =>
            ((groups.indexOf(a) * 31 + seed) % 7) -
            ((groups.indexOf(b) * 31 + seed) % 7),
        );
        const rates = ratesFor(known);

        expect(
          computeGlobalAccountRollup(
            buildRollupInput({ opportunityGroups: shuffled, rates }),
          ),
        ).toEqual(
          computeGlobalAccountRollup(
            buildRollupInput({ opportunityGroups: groups, rates }),
          ),
        );
      }),
      { numRuns: 2_000 },
    );
  });
});
