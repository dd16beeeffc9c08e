import { type CreditPeriod } from '../../credit-ledger/credit-line.type';
import { type CompanyId, type GlobalAccountId } from '../../shared/ids.type';
import { type IsoDate } from '../../shared/iso-date.util';
import {
  type AgreementRecord,
  type FamilyCompany,
  type FrameworkAgreementId,
  type RebateTierRecord,
  type StoredSettlement,
  type VolumeBucket,
} from '../agreement-engine-input.type';
import { type AgreementProgressInput } from '../agreement-progress.type';

export const GLOBAL_ACCOUNT_ID = 'ga-nordlys' as GlobalAccountId;
export const AGREEMENT_ID = 'fa-global' as FrameworkAgreementId;

export const day = (value: string): IsoDate => value as IsoDate;
export const micros = (major: number): number => Math.round(major * 1_000_000);

export const buildAgreement = (
  overrides: Partial<AgreementRecord> = {},
): AgreementRecord => ({
  id: AGREEMENT_ID,
  globalAccountId: GLOBAL_ACCOUNT_ID,
  name: 'Nordlys global framework',
  kind: 'GLOBAL_FRAMEWORK',
  status: 'ACTIVE',
  startDate: day('2026-01-01'),
  endDateInclusive: day('2026-12-31'),
  currency: 'EUR',
  coveredCountries: [],
  agreedDiscountPercent: 10,
  retroactive: true,
  priority: 0,
  ...overrides,
});

export const tier = (
  fromMajor: number,
  rebatePercent: number,
  currencyCode = 'EUR',
): RebateTierRecord => ({
  fromVolume: { amountMicros: micros(fromMajor), currencyCode },
  rebatePercent,
});

export const company = (
  id: string,
  countryCode: string,
  globalAccountSince: string | null = null,
): FamilyCompany => ({
  id: id as CompanyId,
  countryCode,
  globalAccountSince:
    globalAccountSince === null ? null : day(globalAccountSince),
});

export const bucket = ({
  companyId = 'co-de',
  closeDate,
  major,
  currencyCode = 'EUR',
  agreementId = AGREEMENT_ID,
}: {
  companyId?: string;
  closeDate: string;
  major: number;
  currencyCode?: string;
  agreementId?: FrameworkAgreementId | null;
}): VolumeBucket => ({
  companyId: companyId as CompanyId,
  frameworkAgreementId: agreementId,
  closeDate: day(closeDate),
  amount: { amountMicros: micros(major), currencyCode },
});

export const period = (
  name: string,
  startDate: string,
  endDateInclusive: string,
  state: CreditPeriod['state'] = 'OPEN',
): CreditPeriod => ({
  name,
  startDate: day(startDate),
  endDateInclusive: day(endDateInclusive),
  state,
});

export const MONTHS_Q1: CreditPeriod[] = [
  period('2026-01', '2026-01-01', '2026-01-31'),
  period('2026-02', '2026-02-01', '2026-02-28'),
  period('2026-03', '2026-03-01', '2026-03-31'),
];

export const storedSettlement = (
  periodName: string,
  settlementMajor: number,
  status: StoredSettlement['status'] = 'FINAL',
  extra: { cumulativeMajor?: number; rebateMajor?: number } = {},
): StoredSettlement => ({
  id: `rs-${periodName}`,
  period: periodName,
  cumulativeVolume: {
    amountMicros: micros(extra.cumulativeMajor ?? 0),
    currencyCode: 'EUR',
  },
  rebateAmount: {
    amountMicros: micros(extra.rebateMajor ?? 0),
    currencyCode: 'EUR',
  },
  settlementAmount: {
    amountMicros: micros(settlementMajor),
    currencyCode: 'EUR',
  },
  status,
});

// AGREEMENTS.md's example: retroactive; 0% below 5,000, 2% from 5,000, 4% from 20,000.
export const EXAMPLE_TIERS = [tier(0, 0), tier(5_000, 2), tier(20_000, 4)];

export const buildProgressInput = (
  overrides: Partial<AgreementProgressInput> = {},
): AgreementProgressInput => ({
  agreement: buildAgreement({
    startDate: day('2026-01-01'),
    endDateInclusive: day('2026-03-31'),
  }),
  tiers: EXAMPLE_TIERS,
  companies: [
    company('co-de', 'DE'),
    company('co-pl', 'PL'),
    company('co-us', 'US'),
  ],
  volumeBuckets: [],
  rates: [],
  periods: MONTHS_Q1,
  settlements: [],
  today: day('2026-03-31'),
  ...overrides,
});
