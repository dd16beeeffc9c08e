import { getAppConfig } from '../shared/get-app-config.util';

describe('getAppConfig', () => {
  it('reads the API, the application token and the admin settings', () => {
    const config = getAppConfig({
      TWENTY_API_URL: 'http://twenty.test',
      TWENTY_APP_APPLICATION_ACCESS_TOKEN: 'app-token',
      TWENTY_APP_ACCESS_TOKEN: 'user-token',
      CREDIT_WON_STAGES: 'CUSTOMER, WON',
      EXCHANGE_RATES:
        '[{"fromCurrency":"EUR","toCurrency":"SEK","rate":"11.5"}]',
    });

    expect(config).toEqual({
      success: true,
      data: {
        apiUrl: 'http://twenty.test',
        token: 'app-token',
        credit: {
          settings: {
            wonStages: ['CUSTOMER', 'WON'],
            lostStages: [],
            defaultReportingCurrency: 'EUR',
          },
          rates: [{ fromCurrency: 'EUR', toCurrency: 'SEK', rate: '11.5' }],
        },
        fanOut: {
          pagesPerRun: 100,
          appBudget: { limit: 500, windowMs: 60_000 },
          budgetShare: 0.5,
        },
        rollups: { fiscalYearStartMonth: 1, accountsPerEventRun: 50 },
        agreements: { tierGapThresholdBasisPoints: 1000 },
        compliance: { priceTolerancePercent: { success: true, data: 0.5 } },
      },
    });
  });

  it.each([
    { value: '12.5', expected: 1250 },
    { value: '0', expected: 0 },
  ])(
    'reads the tier-gap threshold $value % as $expected basis points',
    ({ value, expected }) => {
      const config = getAppConfig({
        TWENTY_API_URL: 'http://twenty.test',
        TWENTY_API_KEY: 'k',
        AGREEMENT_TIER_GAP_PERCENT: value,
      });

      expect(config.success && config.data.agreements).toEqual({
        tierGapThresholdBasisPoints: expected,
      });
    },
  );

  it.each(['-1', '101', '2.555', 'ten'])(
    'refuses the tier-gap threshold %s',
    (value) => {
      const config = getAppConfig({
        TWENTY_API_URL: 'http://twenty.test',
        TWENTY_API_KEY: 'k',
        AGREEMENT_TIER_GAP_PERCENT: value,
      });

      expect(config.success).toBe(false);
      if (!config.success)
        expect(config.error).toContain('AGREEMENT_TIER_GAP_PERCENT');
    },
  );

  it.each([
    ['1.25', { success: true, data: 1.25 }],
    ['0', { success: true, data: 0 }],
    ['-1', undefined],
    ['0.125', undefined],
    ['abc', undefined],
    ['', undefined],
    ['101', undefined],
  ])(
    'reads the agreement price tolerance %j, refusing only the agreement check when unreadable',
    (value, expected) => {
      const config = getAppConfig({
        TWENTY_API_URL: 'http://twenty.test',
        TWENTY_API_KEY: 'k',
        AGREEMENT_PRICE_TOLERANCE_PERCENT: value,
      });
      if (!config.success) throw new Error(config.error);
      const tolerance = config.data.compliance.priceTolerancePercent;
      if (expected !== undefined) expect(tolerance).toEqual(expected);
      else {
        expect(tolerance.success).toBe(false);
        expect(tolerance.success ? '' : tolerance.error).toContain(
          'AGREEMENT_PRICE_TOLERANCE_PERCENT',
        );
      }
    },
  );

  it.each([
    {
      title: 'no token',
      environment: { TWENTY_API_URL: 'http://twenty.test' },
      message: 'no access token',
    },
    {
      title: 'rates that are not JSON',
      environment: {
        TWENTY_API_URL: 'http://t.test',
        TWENTY_API_KEY: 'k',
        EXCHANGE_RATES: 'EUR=11',
      },
      message: 'EXCHANGE_RATES must be JSON',
    },
  ])('refuses $title without echoing secrets', ({ environment, message }) => {
    const config = getAppConfig(environment);

    expect(config.success).toBe(false);
    if (!config.success) {
      expect(config.error).toContain(message);
      expect(config.error).not.toContain('k,');
    }
  });
});
