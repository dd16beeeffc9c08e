import {
  DEMO_COMPANIES,
  DEMO_OPPORTUNITIES,
  DEMO_TEAM,
} from '../demo-family.seed';
import { toDemoOpportunityRecords } from '../load-demo-family.util';

describe('the demo opportunity records', () => {
  it('carry every amount in exact micros, through the domain parser', () => {
    const records = toDemoOpportunityRecords((key) => key);

    expect(records.success).toBe(true);
    if (!records.success) return;
    expect(
      records.data.map(
        (record) => (record as { amount: { amountMicros: number } }).amount,
      ),
    ).toEqual(
      DEMO_OPPORTUNITIES.map((deal) => ({
        amountMicros: deal.amount * 1_000_000,
        currencyCode: deal.currency,
      })),
    );
  });
});

describe('the demo family', () => {
  it('has a parent in SE and subsidiaries in DE, PL, FR, US and CN', () => {
    expect(DEMO_COMPANIES.map((company) => company.country)).toEqual([
      'SE',
      'DE',
      'PL',
      'FR',
      'US',
      'CN',
    ]);
  });

  it('leaves exactly one member country without a local account manager', () => {
    const covered = new Set(
      DEMO_TEAM.filter((row) => row.role === 'LOCAL_ACCOUNT_MANAGER').map(
        (row) => row.country,
      ),
    );

    expect(
      DEMO_COMPANIES.map((company) => company.country).filter(
        (country) => !covered.has(country),
      ),
    ).toEqual(['US']);
  });

  it('holds open and won deals in several currencies, some of them cross-border', () => {
    expect(
      new Set(DEMO_OPPORTUNITIES.map((deal) => deal.currency)).size,
    ).toBeGreaterThanOrEqual(4);
    expect(DEMO_OPPORTUNITIES.some((deal) => deal.stage === 'CUSTOMER')).toBe(
      true,
    );
    expect(DEMO_OPPORTUNITIES.some((deal) => deal.stage !== 'CUSTOMER')).toBe(
      true,
    );
    expect(
      DEMO_OPPORTUNITIES.some(
        (deal) =>
          DEMO_COMPANIES.find((company) => company.key === deal.company)
            ?.country !== deal.shipToCountry,
      ),
    ).toBe(true);
  });
});
