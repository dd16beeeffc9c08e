import { type CurrencyCode, parseRebateTiers } from '@global-accounts/domain';

import {
  agreementId,
  DEMO_AGREEMENTS,
  DEMO_REBATE_TIERS,
} from '../demo-agreements.seed';
import {
  DEMO_COMPANIES,
  DEMO_OPPORTUNITIES,
  memberId,
} from '../demo-family.seed';
import { toDemoAgreementRecords } from '../load-demo-family.util';
import { planDemoAgreements } from '../plan-demo-agreements.util';

// The day the demo story is told on: five weeks before the global agreement ends.
const TODAY = '2026-11-26';
const TOLERANCE = 2;

const major = (money: { amountMinor: number } | null): number | null =>
  money === null ? null : money.amountMinor / 100;
const dealNamed = (name: string) => {
  const deal = DEMO_OPPORTUNITIES.find((candidate) => candidate.name === name);
  if (deal === undefined) throw new Error(`no demo deal ${name}`);
  return deal;
};
const agreementOf = (key: 'global' | 'deAssociation') => {
  const agreement = DEMO_AGREEMENTS.find((candidate) => candidate.key === key);
  if (agreement === undefined) throw new Error(`no demo agreement ${key}`);
  return agreement;
};

describe('the demo agreements', () => {
  it('give the family a global framework in EUR with retroactive tiers', () => {
    const global = agreementOf('global');

    expect(global).toMatchObject({
      kind: 'GLOBAL_FRAMEWORK',
      status: 'ACTIVE',
      currency: 'EUR',
      retroactive: true,
      coveredCountries: [],
    });
    expect(global.tiers.length).toBeGreaterThanOrEqual(2);
  });

  it('overlap it with a DE association agreement of equal priority', () => {
    const global = agreementOf('global');
    const association = agreementOf('deAssociation');

    expect(association).toMatchObject({
      kind: 'ASSOCIATION',
      status: 'ACTIVE',
      coveredCountries: ['DE'],
      priority: global.priority,
    });
    expect(association.startDate <= global.endDate).toBe(true);
    expect(global.startDate <= association.endDate).toBe(true);
  });

  it.each(DEMO_AGREEMENTS.map((agreement) => [agreement.key, agreement]))(
    '%s has tiers the engine accepts: ascending thresholds, no negative percent',
    (key) => {
      const tiers = DEMO_REBATE_TIERS.filter((tier) => tier.agreement === key);

      const parsed = parseRebateTiers({
        tiers: tiers.map((tier) => ({
          fromVolume: {
            amountMicros: tier.fromVolume * 1_000_000,
            currencyCode: tier.currency,
          },
          rebatePercent: tier.rebatePercent,
        })),
        currency: 'EUR' as CurrencyCode,
      });

      expect(parsed.success).toBe(true);
      expect(tiers.map((tier) => tier.fromVolume)).toEqual(
        [...tiers.map((tier) => tier.fromVolume)].sort((a, b) => a - b),
      );
    },
  );

  it('become Twenty records in exact micros, each tier linked to its agreement', () => {
    const records = toDemoAgreementRecords();

    expect(records.success).toBe(true);
    if (!records.success) return;
    expect(records.data.agreements).toHaveLength(DEMO_AGREEMENTS.length);
    expect(records.data.tiers[0]).toEqual({
      id: DEMO_REBATE_TIERS[0]?.id,
      name: 'FA-2026-001 tier 1: from 200,000 EUR, 2%',
      frameworkAgreementId: agreementId('global'),
      fromVolume: { amountMicros: 200_000_000_000, currencyCode: 'EUR' },
      rebatePercent: 2,
    });
  });
});

describe('the demo agreement story, as the agreement engine reads it', () => {
  const loaded = planDemoAgreements({
    today: TODAY,
    afterCorrection: false,
    priceTolerancePercent: TOLERANCE,
  });
  const corrected = planDemoAgreements({
    today: TODAY,
    afterCorrection: true,
    priceTolerancePercent: TOLERANCE,
  });

  it('counts the linked won volume in EUR and reaches tier 1 (2%)', () => {
    // Gdańsk 100,000 + Lyon 58,500.50 + Lyon phase 2 37,499.50 + Malmö harbour 66,000 EUR,
    // and 1,380,000 SEK at 11.5 = 120,000 EUR.
    const { global } = loaded.progress;

    expect(major(global.volumeToDate)).toBe(382_000);
    expect(global.currentTierNumber).toBe(1);
    expect(global.currentRebatePercent).toBe(2);
    expect(major(global.rebateToDate)).toBe(7_640);
  });

  it('follows the sandbox correction of the Gdańsk deal down to 372,000 EUR', () => {
    const { global } = corrected.progress;

    expect({
      volume: major(global.volumeToDate),
      rebate: major(global.rebateToDate),
      nextTier: major(global.nextTierThreshold),
      gap: major(global.gapToNextTier),
    }).toEqual({
      volume: 372_000,
      rebate: 7_440,
      nextTier: 400_000,
      gap: 28_000,
    });
  });

  it('leaks 38,000 EUR of PL orders off the agreement: enough for a tier-leakage alert', () => {
    const leakage = corrected.alerts.filter(
      (alert) =>
        alert.kind === 'TIER_LEAKAGE' &&
        alert.frameworkAgreementId === agreementId('global'),
    );

    expect(
      corrected.progress.global.offAgreementVolumeByCountry.map(
        ({ countryCode, volume }) => [countryCode, major(volume)],
      ),
    ).toEqual([['PL', 38_000]]);
    expect(leakage.map((alert) => alert.summary)).toEqual([
      'off-agreement orders of 38,000 EUR in PL would reach tier 2: +2% on 410,000 EUR',
      'off-agreement orders of 38,000 EUR in PL would reach tier 2: +2% on 410,000 EUR',
    ]);
    expect(leakage.map((alert) => alert.assigneeId).sort()).toEqual(
      [memberId('gam'), memberId('plLam')].sort(),
    );
  });

  it('marks the PL orders OFF_AGREEMENT', () => {
    const polish = DEMO_OPPORTUNITIES.filter(
      (deal) => deal.company === 'pl' && deal.stage === 'CUSTOMER',
    );

    expect(polish.length).toBeGreaterThanOrEqual(2);
    expect(
      polish.map((deal) => corrected.compliance.get(deal.id)?.status),
    ).toEqual(polish.map(() => 'OFF_AGREEMENT'));
  });

  it('has exactly one deal priced below the agreement, beyond any tolerance up to 7.99 points', () => {
    const below = DEMO_OPPORTUNITIES.filter(
      (deal) => corrected.compliance.get(deal.id)?.status === 'BELOW_AGREEMENT',
    );
    const generous = planDemoAgreements({
      today: TODAY,
      afterCorrection: true,
      priceTolerancePercent: 7.99,
    });

    expect(below.map((deal) => deal.name)).toEqual([
      'Marseille port terminal floodlights',
    ]);
    expect(corrected.compliance.get(below[0]?.id ?? '')).toMatchObject({
      actualDiscountBasisPoints: 2000,
    });
    expect(generous.compliance.get(below[0]?.id ?? '')?.status).toBe(
      'BELOW_AGREEMENT',
    );
  });

  it('leaves every German deal in force to a person: AGREEMENT_CONFLICT, no agreement chosen', () => {
    const german = DEMO_OPPORTUNITIES.filter((deal) => deal.company === 'de');

    expect(german.length).toBeGreaterThanOrEqual(2);
    for (const deal of german) {
      expect(corrected.compliance.get(deal.id)).toMatchObject({
        status: 'AGREEMENT_CONFLICT',
        agreementId: null,
        candidateAgreementIds: [
          agreementId('global'),
          agreementId('deAssociation'),
        ].sort(),
      });
    }
  });

  it('has a subsidiary that joined mid-year: its deal before joining counts toward nothing', () => {
    const studio = DEMO_COMPANIES.find(
      (company) => company.globalAccountSince !== null,
    );
    const before = dealNamed('Malmö studio fit-out, before the acquisition');
    const after = dealNamed('Malmö harbour promenade lighting');

    expect(studio?.globalAccountSince).toBe('2026-07-15');
    expect(before.closeDate < '2026-07-15').toBe(true);
    expect(after.closeDate > '2026-07-15').toBe(true);
    expect(corrected.compliance.get(before.id)?.status).toBe('NOT_APPLICABLE');
    expect(corrected.compliance.get(after.id)?.status).toBe('COMPLIANT');
    // Its 45,000 EUR is neither agreement volume (above) nor off-agreement volume.
    expect(major(corrected.progress.global.offAgreementVolume)).toBe(38_000);
  });

  it('settles each period on the cumulative volume: Q3 then Q4 adds up to the rebate', () => {
    const settled = corrected.progress.global.settlements.filter(
      (settlement) => settlement.cumulativeVolume.amountMinor > 0,
    );

    expect(
      settled.map((settlement) => [
        settlement.period,
        major(settlement.cumulativeVolume),
        major(settlement.settlementAmount),
      ]),
    ).toEqual([
      ['2026-Q3', 214_500.5, 4_290.01],
      ['2026-Q4', 372_000, 3_149.99],
    ]);
  });

  it('reminds the GAM that the global agreement expires within 90 days', () => {
    expect(
      corrected.alerts
        .filter((alert) => alert.kind === 'AGREEMENT_EXPIRING')
        .map((alert) => [alert.assigneeId, alert.summary]),
    ).toEqual([
      [
        memberId('gam'),
        'Nordlys global supply 2026 expires in 35 days, on 2026-12-31: renew it or plan what follows.',
      ],
    ]);
  });

  it('gives the deals every agreement status the demo needs', () => {
    const statuses = new Set(
      [...corrected.compliance.values()].map((verdict) => verdict.status),
    );

    expect([...statuses].sort()).toEqual([
      'AGREEMENT_CONFLICT',
      'BELOW_AGREEMENT',
      'COMPLIANT',
      'NOT_APPLICABLE',
      'OFF_AGREEMENT',
    ]);
  });
});
