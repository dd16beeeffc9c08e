import { SEED_IDS } from './constants/seed-ids.constant';

// The Nordlys family's agreements: the global framework every office should sell under, and a
// German buying association's terms that cover the DE subsidiary too, with the same priority,
// so German deals are an AGREEMENT_CONFLICT until someone sets the priorities.

export type DemoAgreementKey = 'global' | 'deAssociation';

type DemoAgreement = {
  key: DemoAgreementKey;
  name: string;
  agreementNumber: string;
  kind: 'GLOBAL_FRAMEWORK' | 'ASSOCIATION';
  status: 'ACTIVE';
  startDate: string;
  endDate: string;
  currency: string;
  coveredCountries: string[];
  agreedDiscountPercent: number;
  retroactive: boolean;
  priority: number;
  /** Tier thresholds in major units of the agreement currency, percent with 2 decimals. */
  tiers: { fromVolume: number; rebatePercent: number }[];
};

export const DEMO_AGREEMENTS: (DemoAgreement & { id: string })[] = (
  [
    {
      key: 'global',
      name: 'Nordlys global supply 2026',
      agreementNumber: 'FA-2026-001',
      kind: 'GLOBAL_FRAMEWORK',
      status: 'ACTIVE',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      currency: 'EUR',
      coveredCountries: [],
      agreedDiscountPercent: 12,
      retroactive: true,
      priority: 1,
      tiers: [
        { fromVolume: 200_000, rebatePercent: 2 },
        { fromVolume: 400_000, rebatePercent: 4 },
        { fromVolume: 750_000, rebatePercent: 5 },
      ],
    },
    {
      key: 'deAssociation',
      name: 'LEV Lichttechnik-Einkaufsverbund member terms',
      agreementNumber: 'LEV-DE-2026',
      kind: 'ASSOCIATION',
      status: 'ACTIVE',
      startDate: '2026-04-01',
      endDate: '2027-03-31',
      currency: 'EUR',
      coveredCountries: ['DE'],
      agreedDiscountPercent: 15,
      retroactive: false,
      priority: 1,
      tiers: [
        { fromVolume: 50_000, rebatePercent: 1.5 },
        { fromVolume: 150_000, rebatePercent: 3 },
      ],
    },
  ] satisfies DemoAgreement[]
).map((agreement, index) => ({
  ...agreement,
  id: SEED_IDS.frameworkAgreement(index + 1),
}));

export const agreementId = (key: DemoAgreementKey): string =>
  DEMO_AGREEMENTS.find((agreement) => agreement.key === key)?.id ?? '';

/** Every tier of every demo agreement, with its deterministic id and a readable name. */
export const DEMO_REBATE_TIERS = DEMO_AGREEMENTS.flatMap((agreement) =>
  agreement.tiers.map((tier, index) => ({
    agreement: agreement.key,
    name: `${agreement.agreementNumber} tier ${String(index + 1)}: from ${tier.fromVolume.toLocaleString('en-US')} ${agreement.currency}, ${String(tier.rebatePercent)}%`,
    fromVolume: tier.fromVolume,
    currency: agreement.currency,
    rebatePercent: tier.rebatePercent,
  })),
).map((tier, index) => ({ ...tier, id: SEED_IDS.rebateTier(index + 1) }));
