import { createFakeTwenty } from '../../paging/__tests__/fake-twenty';
import { loadComplianceContexts } from '../load-compliance-contexts.util';

const OPP = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';

const account = {
  id: 'ga-1',
  globalAccountManagerId: 'wm-gam',
  deletedAt: null,
};

const opportunityRow = (overrides: Record<string, unknown> = {}) => ({
  id: OPP,
  ownerId: 'wm-owner',
  companyId: 'co-1',
  frameworkAgreementId: 'fa-1',
  agreementStatus: 'NOT_APPLICABLE',
  closeDate: '2026-11-15T12:00:00.000Z',
  amount: { amountMicros: 900_000_000, currencyCode: 'EUR' },
  listAmount: { amountMicros: 1_000_000_000, currencyCode: 'EUR' },
  company: {
    id: 'co-1',
    countryCode: 'pl',
    globalAccountId: 'ga-1',
    globalAccountSince: '2025-03-01',
    globalAccount: account,
  },
  ...overrides,
});

const agreementRow = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  name: `Agreement ${id}`,
  kind: 'GLOBAL_FRAMEWORK',
  status: 'ACTIVE',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  currency: 'EUR',
  coveredCountries: ['pl', 'DE'],
  agreedDiscountPercent: 10,
  retroactive: true,
  priority: 1,
  globalAccountId: 'ga-1',
  globalAccount: account,
  ...overrides,
});

const conflictRow = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  dedupeKey: `OFF_AGREEMENT:${OPP}:wm-owner`,
  status: 'OPEN',
  kind: 'OFF_AGREEMENT',
  summary: 's',
  evidenceHash: 'h',
  opportunityId: OPP,
  ...overrides,
});

describe('loadComplianceContexts', () => {
  it('loads deals, their family agreements and their own conflicts in two root-query requests', async () => {
    const { client, documents } = createFakeTwenty({
      opportunities: [opportunityRow()],
      frameworkAgreements: [
        agreementRow('fa-1'),
        agreementRow('fa-2', { coveredCountries: [] }),
        agreementRow('fa-elsewhere', { globalAccountId: 'ga-2' }),
      ],
      conflicts: [
        conflictRow('c1'),
        // The credit's own refusal of the deal is not the agreement check's to resolve.
        conflictRow('c2', {
          kind: 'INVALID_INPUT',
          dedupeKey: `INVALID_INPUT:${OPP}`,
        }),
        conflictRow('c3', {
          kind: 'INVALID_INPUT',
          dedupeKey: `INVALID_INPUT:AGREEMENT_CHECK:${OPP}`,
        }),
      ],
    });

    const result = await loadComplianceContexts({
      client,
      opportunityIds: [OPP, OPP, OTHER],
    });

    expect(documents).toHaveLength(2);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const [loaded] = result.data.loaded;
    expect(loaded).toMatchObject({
      deal: {
        id: OPP,
        closeDate: '2026-11-15',
        frameworkAgreementId: 'fa-1',
        amount: { amountMicros: 900_000_000, currencyCode: 'EUR' },
        listAmount: { amountMicros: 1_000_000_000, currencyCode: 'EUR' },
      },
      company: {
        id: 'co-1',
        countryCode: 'PL',
        globalAccountId: 'ga-1',
        globalAccountSince: '2025-03-01',
      },
      ownerId: 'wm-owner',
      storedStatus: 'NOT_APPLICABLE',
      globalAccountId: 'ga-1',
      globalAccountManagerId: 'wm-gam',
    });
    expect(loaded?.agreements.map((agreement) => agreement.id).sort()).toEqual([
      'fa-1',
      'fa-2',
    ]);
    expect(loaded?.agreements[0]).toMatchObject({
      endDateInclusive: '2026-12-31',
      coveredCountries: ['PL', 'DE'],
      agreedDiscountPercent: 10,
    });
    expect(loaded?.storedConflicts.map((conflict) => conflict.id)).toEqual([
      'c1',
      'c3',
    ]);
    expect(result.data.missing).toEqual([OTHER]);
  });

  it('needs one request when no deal belongs to a family or links an agreement', async () => {
    const { client, documents } = createFakeTwenty({
      opportunities: [
        opportunityRow({
          frameworkAgreementId: null,
          company: null,
          companyId: null,
        }),
      ],
      frameworkAgreements: [],
      conflicts: [],
    });

    const result = await loadComplianceContexts({
      client,
      opportunityIds: [OPP],
    });

    expect(documents).toHaveLength(1);
    expect(result.success && result.data.loaded[0]?.globalAccountId).toBeNull();
  });

  it.each([
    [
      { listAmount: { amountMicros: -5_000_000, currencyCode: 'EUR' } },
      /listAmount: -5 EUR is negative/,
    ],
    [
      { listAmount: { amountMicros: 5_000_000, currencyCode: 'XYZ' } },
      /listAmount: unknown currency "XYZ"/,
    ],
    [
      { amount: { amountMicros: 5_000_000, currencyCode: 'EURO' } },
      /amount: unknown currency "EURO"/,
    ],
    [{ closeDate: 'next week' }, /closeDate: expected a date/],
  ])(
    'refuses a deal with unreadable input %j, for its owner',
    async (overrides, reason) => {
      const { client } = createFakeTwenty({
        opportunities: [opportunityRow(overrides)],
        frameworkAgreements: [agreementRow('fa-1')],
        conflicts: [conflictRow('c1')],
      });

      const result = await loadComplianceContexts({
        client,
        opportunityIds: [OPP],
      });

      expect(result.success).toBe(true);
      if (!result.success) return;
      expect(result.data.loaded).toEqual([]);
      expect(result.data.refused).toMatchObject([
        { opportunityId: OPP, globalAccountId: 'ga-1', assigneeId: 'wm-owner' },
      ]);
      expect(result.data.refused[0]?.reason).toMatch(reason);
      expect(result.data.refused[0]?.storedConflicts).toHaveLength(1);
    },
  );

  it.each([
    [{ endDate: '2025-12-31' }, /ends on 2025-12-31, before it starts/],
    [
      { coveredCountries: ['Poland'] },
      /coveredCountries: "Poland" is not an ISO/,
    ],
    [{ agreedDiscountPercent: -2 }, /agreedDiscountPercent/],
    [{ agreedDiscountPercent: 10.125 }, /at most two decimals/],
  ])(
    'refuses the deals of a family whose agreement is unreadable (%j), for the GAM',
    async (overrides, reason) => {
      const { client } = createFakeTwenty({
        opportunities: [opportunityRow()],
        frameworkAgreements: [
          agreementRow('fa-1'),
          agreementRow('fa-2', overrides),
        ],
        conflicts: [],
      });

      const result = await loadComplianceContexts({
        client,
        opportunityIds: [OPP],
      });

      expect(result.success && result.data.refused[0]?.assigneeId).toBe(
        'wm-gam',
      );
      expect(result.success && result.data.refused[0]?.reason).toMatch(reason);
    },
  );
});
