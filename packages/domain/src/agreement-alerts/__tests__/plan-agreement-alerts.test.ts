import {
  bucket,
  buildAgreement,
  buildProgressInput,
  company,
  day,
  tier,
} from '../../agreement-volume/__tests__/agreement.builders';
import { type AgreementProgressInput } from '../../agreement-volume/agreement-progress.type';
import { computeAgreementProgress } from '../../agreement-volume/compute-agreement-progress.util';
import { type WorkspaceMemberId } from '../../shared/ids.type';
import { type AgreementAlertRecipients } from '../agreement-alert-input.type';
import { planAgreementAlerts } from '../plan-agreement-alerts.util';

const RECIPIENTS: AgreementAlertRecipients = {
  globalAccountManagerId: 'wm-gam' as WorkspaceMemberId,
  contractManagerIds: ['wm-contracts' as WorkspaceMemberId],
  localAccountManagers: [
    { workspaceMemberId: 'wm-pl' as WorkspaceMemberId, countryCode: 'PL' },
    { workspaceMemberId: 'wm-de' as WorkspaceMemberId, countryCode: 'DE' },
  ],
};

const YEAR = buildAgreement({
  startDate: day('2026-01-01'),
  endDateInclusive: day('2026-12-31'),
});

const alerts = (
  progressInput: Partial<AgreementProgressInput>,
  options: {
    storedDedupeKeys?: string[];
    tierGapThresholdBasisPoints?: number;
  } = {},
) => {
  const input = buildProgressInput({
    agreement: YEAR,
    periods: [],
    ...progressInput,
  });
  const progress = computeAgreementProgress(input);
  if (!progress.success) throw new Error(progress.error.message);
  return planAgreementAlerts({
    progress: progress.data,
    recipients: RECIPIENTS,
    today: input.today,
    storedDedupeKeys: options.storedDedupeKeys ?? [],
    tierGapThresholdBasisPoints: options.tierGapThresholdBasisPoints,
  });
};

const kinds = (plan: ReturnType<typeof alerts>, kind: string) =>
  plan.raised.filter((alert) => alert.kind === kind);

describe('planAgreementAlerts: AGREEMENT_EXPIRING', () => {
  it.each([
    { today: '2026-09-01', milestone: null },
    { today: '2026-10-02', milestone: 90 },
    { today: '2026-11-01', milestone: 60 },
    { today: '2026-12-01', milestone: 30 },
    { today: '2026-12-31', milestone: 30 },
    { today: '2027-01-01', milestone: null },
  ])(
    'on $today reminds at the $milestone-day milestone',
    ({ today, milestone }) => {
      const raised = kinds(alerts({ today: day(today) }), 'AGREEMENT_EXPIRING');

      expect(raised.map((alert) => alert.dedupeKey)).toEqual(
        milestone === null
          ? []
          : [
              `AGREEMENT_EXPIRING:fa-global:${String(milestone)}:wm-gam`,
              `AGREEMENT_EXPIRING:fa-global:${String(milestone)}:wm-contracts`,
            ],
      );
    },
  );

  it('says when the agreement ends', () => {
    const [alert] = kinds(
      alerts({ today: day('2026-12-03') }),
      'AGREEMENT_EXPIRING',
    );

    expect(alert?.summary).toBe(
      'Nordlys global framework expires in 28 days, on 2026-12-31: renew it or plan what follows.',
    );
  });

  it('resolves the earlier milestone when a later one is raised', () => {
    const plan = alerts(
      { today: day('2026-12-01') },
      {
        storedDedupeKeys: [
          'AGREEMENT_EXPIRING:fa-global:60:wm-gam',
          'TIER_GAP:fa-other:2:wm-gam',
        ],
      },
    );

    expect(plan.resolvedKeys).toEqual([
      'AGREEMENT_EXPIRING:fa-global:60:wm-gam',
    ]);
  });
});

describe('planAgreementAlerts: TIER_LEAKAGE', () => {
  const LEAKAGE: Partial<AgreementProgressInput> = {
    today: day('2026-06-30'),
    tiers: [tier(0, 1), tier(400_000, 3), tier(1_000_000, 5)],
    volumeBuckets: [
      bucket({ closeDate: '2026-03-01', major: 372_000 }),
      bucket({
        companyId: 'co-pl',
        closeDate: '2026-04-01',
        major: 38_000,
        agreementId: null,
      }),
      bucket({
        companyId: 'co-us',
        closeDate: '2026-04-01',
        major: 1_000,
        agreementId: null,
      }),
    ],
  };

  it('states the figures in one sentence', () => {
    const raised = kinds(alerts(LEAKAGE), 'TIER_LEAKAGE');

    expect(raised.map((alert) => [alert.summary, alert.assigneeId])).toEqual([
      [
        'off-agreement orders of 38,000 EUR in PL would reach tier 2: +2% on 410,000 EUR',
        'wm-gam',
      ],
      [
        'off-agreement orders of 38,000 EUR in PL would reach tier 2: +2% on 410,000 EUR',
        'wm-pl',
      ],
    ]);
    expect(raised[0]?.details).toEqual(
      expect.objectContaining({ rebateGainMinor: 1_230_000 - 372_000 }),
    );
  });

  it('names several countries when only together they lift the tier', () => {
    const raised = kinds(
      alerts({
        ...LEAKAGE,
        volumeBuckets: [
          bucket({ closeDate: '2026-03-01', major: 372_000 }),
          bucket({
            companyId: 'co-pl',
            closeDate: '2026-04-01',
            major: 20_000,
            agreementId: null,
          }),
          bucket({
            companyId: 'co-us',
            closeDate: '2026-04-01',
            major: 18_000.5,
            agreementId: null,
          }),
        ],
      }),
      'TIER_LEAKAGE',
    );

    expect(raised[0]?.summary).toBe(
      'off-agreement orders of 38,000.50 EUR in PL and US would reach tier 2: +2% on 410,000.50 EUR',
    );
  });

  it('stays quiet for an agreement that is not active', () => {
    const draft = { ...YEAR, status: 'DRAFT' as const };

    expect(
      kinds(alerts({ ...LEAKAGE, agreement: draft }), 'TIER_LEAKAGE'),
    ).toEqual([]);
  });

  it('stays quiet when off-agreement volume would not change the tier', () => {
    const raised = kinds(
      alerts({ ...LEAKAGE, companies: [company('co-de', 'DE')] }),
      'TIER_LEAKAGE',
    );

    expect(raised).toEqual([]);
  });
});

describe('planAgreementAlerts: TIER_GAP', () => {
  // 181 of 365 days elapsed on 2026-06-30; 240,000 EUR to date projects to 483,977 EUR.
  const GAP: Partial<AgreementProgressInput> = {
    today: day('2026-06-30'),
    tiers: [tier(0, 1), tier(500_000, 3)],
    volumeBuckets: [bucket({ closeDate: '2026-03-01', major: 240_000 })],
  };

  it('says how much is missing and how many days are left', () => {
    const [alert] = kinds(alerts(GAP), 'TIER_GAP');

    expect(alert?.summary).toBe(
      'At the current pace Nordlys global framework ends at 483,977.90 EUR on 2026-12-31, 16,022.10 EUR short of tier 2 (500,000 EUR): 260,000 EUR more are needed in the 184 days left.',
    );
    expect(alert?.details).toEqual(
      expect.objectContaining({
        method: 'linear projection by calendar day',
        daysLeft: 184,
      }),
    );
  });

  it('stays quiet when the shortfall exceeds the threshold', () => {
    expect(
      kinds(alerts(GAP, { tierGapThresholdBasisPoints: 300 }), 'TIER_GAP'),
    ).toEqual([]);
  });

  it('stays quiet when the projection reaches the next tier', () => {
    const onTrack = {
      ...GAP,
      volumeBuckets: [bucket({ closeDate: '2026-03-01', major: 260_000 })],
    };

    expect(kinds(alerts(onTrack), 'TIER_GAP')).toEqual([]);
  });

  it('tells the GAM and the local account managers of the covered countries', () => {
    const agreement = { ...YEAR, coveredCountries: ['DE'] };

    const raised = kinds(alerts({ ...GAP, agreement }), 'TIER_GAP');

    expect(raised.map((alert) => alert.assigneeId)).toEqual([
      'wm-gam',
      'wm-de',
    ]);
  });
});
