import {
  DEMO_COMPANIES,
  DEMO_OPPORTUNITIES,
  DEMO_TEAM,
} from '../demo-family.seed';
import { agreementId } from '../demo-agreements.seed';
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
        amountMicros: Math.round(deal.amount * 1_000_000),
        currencyCode: deal.currency,
      })),
    );
  });
});

describe('the demo family', () => {
  it('has a parent in SE and subsidiaries in DE, PL, FR, US, CN and SE', () => {
    expect(
      DEMO_COMPANIES.map((company) => [
        company.country,
        company.parent === null ? null : 'se',
      ]),
    ).toEqual([
      ['SE', null],
      ['DE', 'se'],
      ['PL', 'se'],
      ['FR', 'se'],
      ['US', 'se'],
      ['CN', 'se'],
      ['SE', 'se'],
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

describe('the demo opportunity records and the agreements', () => {
  it('link each deal to its agreement and carry list amounts in exact micros', () => {
    const records = toDemoOpportunityRecords((key) => key);

    expect(records.success).toBe(true);
    if (!records.success) return;
    const marseille = records.data.find(
      (record) =>
        (record as { name: string }).name ===
        'Marseille port terminal floodlights',
    );
    const krakow = records.data.find(
      (record) =>
        (record as { name: string }).name ===
        'Kraków warehouse lighting, ordered locally',
    );
    expect(marseille).toMatchObject({
      frameworkAgreementId: agreementId('global'),
      listAmount: { amountMicros: 85_000_000_000, currencyCode: 'EUR' },
    });
    expect(krakow).toMatchObject({ frameworkAgreementId: null });
    expect(krakow).not.toHaveProperty('listAmount');
  });
});
