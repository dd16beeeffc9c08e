import { summariseLedger, type LedgerRow } from '../summarise-ledger.util';

const row = (overrides: Partial<LedgerRow>): LedgerRow => ({
  recipient: 'Jonas Weber',
  countryCode: 'DE',
  creditType: 'REVENUE',
  period: '2026-Q4',
  status: 'PROVISIONAL',
  reportingAmount: { amountMicros: 1_000_000, currencyCode: 'EUR' },
  ...overrides,
});

describe('summariseLedger', () => {
  it('adds revenue and overlay apart per period, recipient and country, and leaves reversed lines out', () => {
    const summary = summariseLedger([
      row({}),
      row({
        reportingAmount: { amountMicros: 2_500_000, currencyCode: 'EUR' },
      }),
      row({ creditType: 'OVERLAY' }),
      row({
        status: 'REVERSED',
        reportingAmount: { amountMicros: 99_000_000, currencyCode: 'EUR' },
      }),
      row({
        period: '2026-Q3',
        reportingAmount: { amountMicros: -500_000, currencyCode: 'EUR' },
      }),
    ]);

    expect(summary.rows).toEqual([
      {
        period: '2026-Q3',
        recipient: 'Jonas Weber',
        country: 'DE',
        revenue: '-0.50 EUR',
        overlay: '—',
      },
      {
        period: '2026-Q4',
        recipient: 'Jonas Weber',
        country: 'DE',
        revenue: '3.50 EUR',
        overlay: '1.00 EUR',
      },
    ]);
  });

  it('counts lines without a reporting amount instead of adding other currencies', () => {
    expect(
      summariseLedger([
        row({ reportingAmount: { amountMicros: null, currencyCode: null } }),
      ]).unconverted,
    ).toBe(1);
  });
});
