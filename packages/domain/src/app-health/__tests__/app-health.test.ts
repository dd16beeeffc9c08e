import fc from 'fast-check';

import { type IsoDate } from '../../shared/iso-date.util';
import {
  checkCreditSettings,
  readExchangeRates,
} from '../check-credit-settings.util';
import {
  findInvalidPolicies,
  findMissingRates,
  findOpenPeriodGap,
  findStaleCredit,
} from '../find-data-health.util';
import {
  planCurrentPeriod,
  quarterPeriodOf,
} from '../plan-current-period.util';
import { summariseHealth } from '../summarise-health.util';

const day = (value: string) => value as IsoDate;

describe('checkCreditSettings', () => {
  it.each([
    [{}, []],
    [
      {
        EXCHANGE_RATES:
          '[{"fromCurrency":"EUR","toCurrency":"SEK","rate":"11.5"}]',
      },
      [],
    ],
    [{ EXCHANGE_RATES: '{"EUR":1' }, ['INVALID_EXCHANGE_RATES']],
    [{ EXCHANGE_RATES: '{"EUR":1}' }, ['INVALID_EXCHANGE_RATES']],
    [
      {
        EXCHANGE_RATES:
          '[{"fromCurrency":"EURO","toCurrency":"SEK","rate":"1"}]',
      },
      ['INVALID_EXCHANGE_RATES'],
    ],
    [
      {
        EXCHANGE_RATES:
          '[{"fromCurrency":"EUR","toCurrency":"SEK","rate":11.5}]',
      },
      ['INVALID_EXCHANGE_RATES'],
    ],
    [
      {
        EXCHANGE_RATES:
          '[{"fromCurrency":"EUR","toCurrency":"SEK","rate":"0"}]',
      },
      ['INVALID_EXCHANGE_RATES'],
    ],
    [{ CREDIT_WON_STAGES: ' , ' }, ['INVALID_STAGES']],
    [
      { CREDIT_WON_STAGES: 'CUSTOMER,WON', CREDIT_LOST_STAGES: 'LOST, WON' },
      ['INVALID_STAGES'],
    ],
    [{ DEFAULT_REPORTING_CURRENCY: 'EURO' }, ['INVALID_SETTING']],
    [
      { CREDIT_WON_STAGES: '', EXCHANGE_RATES: 'x' },
      ['INVALID_EXCHANGE_RATES', 'INVALID_STAGES'],
    ],
  ])('%j → %j', (variables, codes) => {
    const findings = checkCreditSettings(variables);
    expect(findings.map((finding) => finding.code)).toEqual(codes);
    findings.forEach((finding) => expect(finding.action).toMatch(/Settings/));
  });

  it('names the stage that is both won and lost', () => {
    const [finding] = checkCreditSettings({
      CREDIT_WON_STAGES: 'CUSTOMER',
      CREDIT_LOST_STAGES: 'CUSTOMER',
    });
    expect(finding?.message).toContain('CUSTOMER is in both');
  });

  it('reads every well-formed rate list back unchanged', () => {
    const code = fc.constantFrom('EUR', 'SEK', 'USD', 'PLN', 'JPY');
    const rate = fc
      .tuple(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 9999 }),
      )
      .map(([units, fraction]) => `${units}.${fraction}`);
    fc.assert(
      fc.property(
        fc.array(fc.record({ fromCurrency: code, toCurrency: code, rate })),
        (rates) => {
          expect(readExchangeRates(JSON.stringify(rates))).toEqual({
            rates,
            problem: null,
          });
        },
      ),
    );
  });
});

describe('findMissingRates', () => {
  const rates = [{ fromCurrency: 'EUR', toCurrency: 'SEK', rate: '11.5' }];
  it.each([
    [[{ fromCurrency: 'EUR', toCurrency: 'EUR', lines: 3 }], []],
    [[{ fromCurrency: 'SEK', toCurrency: 'EUR', lines: 3 }], []],
    [
      [
        { fromCurrency: 'USD', toCurrency: 'EUR', lines: 2 },
        { fromCurrency: 'USD', toCurrency: 'EUR', lines: 1 },
      ],
      ['No exchange rate USD→EUR: 3 credit lines have'],
    ],
    [
      [{ fromCurrency: 'PLN', toCurrency: 'SEK', lines: 1 }],
      ['No exchange rate PLN→SEK: 1 credit line has'],
    ],
  ])('%j', (needed, messages) => {
    const findings = findMissingRates({ needed, rates });
    expect(
      findings.map((finding) => finding.message.split(' no amount')[0]),
    ).toEqual(messages);
  });

  it('never reports a pair a rate (or its inverse) converts', () => {
    const code = fc.constantFrom('EUR', 'SEK', 'USD', 'PLN');
    fc.assert(
      fc.property(code, code, (from, to) => {
        const given = [{ fromCurrency: from, toCurrency: to, rate: '2' }];
        expect(
          findMissingRates({
            needed: [{ fromCurrency: to, toCurrency: from, lines: 1 }],
            rates: given,
          }),
        ).toEqual([]);
        expect(
          findMissingRates({
            needed: [{ fromCurrency: from, toCurrency: to, lines: 1 }],
            rates: given,
          }),
        ).toEqual([]);
      }),
    );
  });
});

describe('findInvalidPolicies', () => {
  it('reports only the accounts whose policy the engine refuses, by name', () => {
    const findings = findInvalidPolicies([
      { name: 'Nordlys', creditPolicy: null },
      {
        name: 'Acme',
        creditPolicy: {
          revenue: [{ role: 'NOBODY', percent: 100 }],
          overlay: [],
        },
      },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('"Acme"');
    expect(findings[0]?.action).toContain('Acme');
  });
});

describe('findOpenPeriodGap and planCurrentPeriod', () => {
  const q4 = {
    name: '2026-Q4',
    startDate: day('2026-10-01'),
    endDateInclusive: day('2026-12-31'),
  };
  it.each([
    [[{ ...q4, state: 'OPEN' as const }], []],
    [[{ ...q4, state: 'CLOSED' as const }], ['NO_OPEN_PERIOD']],
    [[], ['NO_OPEN_PERIOD']],
  ])('%j', (periods, codes) => {
    expect(
      findOpenPeriodGap({ periods, today: day('2026-11-30') }).map(
        (f) => f.code,
      ),
    ).toEqual(codes);
  });

  it('creates the quarter only when no period covers today or has its name', () => {
    expect(
      planCurrentPeriod({ periods: [], today: day('2026-11-30') }),
    ).toEqual({ ...q4, state: 'OPEN' });
    expect(
      planCurrentPeriod({ periods: [q4], today: day('2026-11-30') }),
    ).toBeNull();
    expect(
      planCurrentPeriod({
        periods: [{ ...q4, startDate: day('2026-11-01') }],
        today: day('2026-10-05'),
      }),
    ).toBeNull();
  });

  it('the quarter of any day covers it, and planning again after creating it plans nothing', () => {
    const days = fc
      .date({
        min: new Date('2000-01-01'),
        max: new Date('2099-12-31'),
        noInvalidDate: true,
      })
      .map((date) => day(date.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(days, (today) => {
        const period = quarterPeriodOf(today);
        expect(
          period.startDate <= today && today <= period.endDateInclusive,
        ).toBe(true);
        const created = planCurrentPeriod({ periods: [], today });
        expect(created).toEqual(period);
        expect(planCurrentPeriod({ periods: [period], today })).toBeNull();
      }),
    );
  });
});

describe('summariseHealth', () => {
  it('is OK with no finding', () => {
    expect(summariseHealth([])).toEqual({ status: 'OK' });
  });

  it('takes the worst severity and lists every finding with what to do', () => {
    const result = summariseHealth([
      ...findStaleCredit({ checked: 5, stale: [] }),
      ...findOpenPeriodGap({ periods: [], today: day('2026-11-30') }),
      ...findStaleCredit({ checked: 5, stale: ['a'] }),
    ]);
    expect(result.status).toBe('ERROR');
    expect(result).toMatchObject({ title: 'Global Accounts found 2 problems' });
    const lines = 'description' in result ? result.description.split('\n') : [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^1\. 1 of 5 deals .* What to do: Check that logic functions/,
    );
    expect(lines[1]).toMatch(
      /^2\. No credit period covers today .* What to do: Create/,
    );
  });
});
