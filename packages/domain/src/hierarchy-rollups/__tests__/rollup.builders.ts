import { type TeamMember } from '../../credit-split/team-member.type';
import {
  type GlobalAccountId,
  type TeamMemberId,
  type WorkspaceMemberId,
} from '../../shared/ids.type';
import { type IsoDate } from '../../shared/iso-date.util';
import {
  type GlobalAccountRollupInput,
  type OpportunityAmountGroup,
} from '../global-account-rollup.type';

export const TODAY = '2026-11-27';

/** amount in major units, e.g. group('PROPOSAL', 'EUR', 'DE', '2026-12', 100_000). */
export const group = (
  stage: string,
  currencyCode: string,
  countryCode: string | null,
  closeMonth: string | null,
  amount: number,
): OpportunityAmountGroup => ({
  stage,
  currencyCode,
  countryCode,
  closeMonth,
  amountMicros: BigInt(Math.round(amount * 100)) * 10_000n,
});

export const localManager = (
  countryCode: string,
  overrides: Partial<TeamMember> = {},
): TeamMember => ({
  id: `tm-${countryCode}` as TeamMemberId,
  workspaceMemberId: `wm-${countryCode}` as WorkspaceMemberId,
  role: 'LOCAL_ACCOUNT_MANAGER',
  countryCode,
  startDate: '2025-01-01' as IsoDate,
  endDateInclusive: null,
  ...overrides,
});

export const buildRollupInput = (
  overrides: Partial<GlobalAccountRollupInput> = {},
): GlobalAccountRollupInput => ({
  globalAccount: {
    id: 'ga-1' as GlobalAccountId,
    reportingCurrency: 'EUR',
  },
  opportunityGroups: [],
  companyCountries: [],
  team: [],
  openConflictCount: 0,
  rates: [],
  today: TODAY,
  settings: { fiscalYearStartMonth: 1 },
  ...overrides,
});
