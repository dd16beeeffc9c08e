import {
  type AgreementConflictRow,
  type AgreementReportRow,
} from '../agreement-report.type';
import { formatAgreementReport } from '../format-agreement-report.util';

const eur = (major: number) => ({
  amountMicros: major * 1_000_000,
  currencyCode: 'EUR',
});

const agreement = (
  overrides: Partial<AgreementReportRow> = {},
): AgreementReportRow => ({
  id: 'fa-global',
  name: 'Nordlys global supply 2026',
  agreementNumber: 'FA-2026-001',
  status: 'ACTIVE',
  currency: 'EUR',
  volumeToDate: eur(372_000),
  currentRebatePercent: 2,
  rebateToDate: eur(7_440),
  nextTierThreshold: eur(400_000),
  gapToNextTier: eur(28_000),
  offAgreementVolume: eur(38_000),
  tiers: [
    { fromVolume: eur(400_000), rebatePercent: 4 },
    { fromVolume: eur(200_000), rebatePercent: 2 },
    { fromVolume: eur(750_000), rebatePercent: 5 },
  ],
  settlements: [
    {
      period: '2026-Q4',
      cumulativeVolume: eur(372_000),
      rebateAmount: eur(7_440),
      settlementAmount: eur(2_949.99),
      status: 'PROVISIONAL',
    },
    {
      period: '2026-Q3',
      cumulativeVolume: eur(224_500.5),
      rebateAmount: eur(4_490.01),
      settlementAmount: eur(4_490.01),
      status: 'FINAL',
    },
  ],
  ...overrides,
});

const conflict = (
  overrides: Partial<AgreementConflictRow>,
): AgreementConflictRow => ({
  kind: 'TIER_LEAKAGE',
  summary:
    'off-agreement orders of 38,000 EUR in PL would reach tier 2: +2% on 410,000 EUR',
  frameworkAgreementId: 'fa-global',
  opportunityName: null,
  assignee: 'Astrid Lind',
  ...overrides,
});

describe('formatAgreementReport', () => {
  it('prints the progress, the tier reached, the settlements by period and the open conflicts of an agreement', () => {
    const report = formatAgreementReport({
      agreements: [agreement()],
      conflicts: [
        conflict({ assignee: 'Ewa Nowak' }),
        conflict({}),
        conflict({
          kind: 'BELOW_AGREEMENT_PRICE',
          summary: 'Discount 20% exceeds the 12% agreed.',
          opportunityName: 'Marseille port terminal floodlights',
          assignee: 'Claire Martin',
        }),
      ],
    });

    expect(report).toBe(
      [
        'Framework agreements (1)',
        '',
        'Nordlys global supply 2026 (FA-2026-001, ACTIVE, EUR)',
        '  volume to date        372000.00 EUR',
        '  tier                    1 of 3 (2%)',
        '  current rebate                   2%',
        '  rebate to date          7440.00 EUR',
        '  next tier at          400000.00 EUR',
        '  gap to next tier       28000.00 EUR',
        '  off-agreement volume   38000.00 EUR',
        '  Settlements',
        '    period   status       cumulative volume       rebate   settlement',
        '    -------  -----------  -----------------  -----------  -----------',
        '    2026-Q3  FINAL            224500.50 EUR  4490.01 EUR  4490.01 EUR',
        '    2026-Q4  PROVISIONAL      372000.00 EUR  7440.00 EUR  2949.99 EUR',
        '  Open agreement conflicts (3 records, one per person who must act)',
        '    BELOW_AGREEMENT_PRICE [Marseille port terminal floodlights]: Discount 20% exceeds the 12% agreed. (for Claire Martin)',
        '    TIER_LEAKAGE: off-agreement orders of 38,000 EUR in PL would reach tier 2: +2% on 410,000 EUR (for Astrid Lind, Ewa Nowak)',
      ].join('\n'),
    );
  });

  it('shows empty progress fields as "—" until the app has computed them', () => {
    const report = formatAgreementReport({
      agreements: [
        agreement({
          volumeToDate: null,
          currentRebatePercent: null,
          rebateToDate: { amountMicros: null, currencyCode: null },
          nextTierThreshold: null,
          gapToNextTier: null,
          offAgreementVolume: null,
          settlements: [],
        }),
      ],
      conflicts: [],
    });

    expect(report).toContain('  volume to date             —');
    expect(report).toContain('  tier                  — of 3');
    expect(report).toContain('  Settlements: none yet');
    expect(report).toContain(
      '  Open agreement conflicts (0 records, one per person who must act)',
    );
    expect(report).not.toContain('undefined');
    expect(report).not.toContain('null');
  });

  it('says when the volume is below the first tier', () => {
    const report = formatAgreementReport({
      agreements: [agreement({ volumeToDate: eur(199_999.99) })],
      conflicts: [],
    });

    expect(report).toContain('below tier 1 of 3');
  });

  it('lists a conflict between two agreements apart, since no single agreement owns it', () => {
    const report = formatAgreementReport({
      agreements: [
        agreement(),
        agreement({
          id: 'fa-lev',
          name: 'LEV member terms',
          agreementNumber: null,
        }),
      ],
      conflicts: [
        conflict({
          kind: 'AGREEMENT_CONFLICT',
          summary: 'Both cover this deal with priority 1.',
          frameworkAgreementId: null,
          opportunityName: 'Hamburg warehouse retrofit',
          assignee: 'Jonas Weber',
        }),
      ],
    });

    expect(
      report.split('\n\n').map((section) => section.split('\n')[0]),
    ).toEqual([
      'Framework agreements (2)',
      'LEV member terms (ACTIVE, EUR)',
      'Nordlys global supply 2026 (FA-2026-001, ACTIVE, EUR)',
      'Agreement conflicts no single agreement owns (1 record)',
    ]);
    expect(report).toContain(
      '  AGREEMENT_CONFLICT [Hamburg warehouse retrofit]: Both cover this deal with priority 1. (for Jonas Weber)',
    );
    expect(report.match(/Open agreement conflicts \(0 records/g)).toHaveLength(
      2,
    );
  });
});
