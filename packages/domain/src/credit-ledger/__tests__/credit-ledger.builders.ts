import { type TeamMember } from '../../credit-split/team-member.type';
import {
  type CompanyId,
  type CreditLineId,
  type GlobalAccountId,
  type OpportunityId,
  type TeamMemberId,
  type WorkspaceMemberId,
} from '../../shared/ids.type';
import { type IsoDate } from '../../shared/iso-date.util';
import { applyCreditLedgerDiff } from '../apply-credit-ledger-diff.util';
import { computeCreditLedger } from '../compute-credit-ledger.util';
import { type CreditLedgerInput } from '../credit-ledger-input.type';
import { type CreditLine, type CreditPeriod } from '../credit-line.type';

// The cast of CREDIT-RULES.md: the GAM sits in SE, one local account manager per country.
export const PEOPLE = {
  gam: 'wm-0-gam' as WorkspaceMemberId,
  deLam: 'wm-1-de-lam' as WorkspaceMemberId,
  plLam: 'wm-2-pl-lam' as WorkspaceMemberId,
  frLam: 'wm-3-fr-lam' as WorkspaceMemberId,
  usRep: 'wm-4-us-rep' as WorkspaceMemberId,
};
export const GLOBAL_ACCOUNT_ID = 'ga-1' as GlobalAccountId;
export const OPPORTUNITY_ID = 'opp-1' as OpportunityId;

export const buildTeamMember = (
  overrides: Partial<TeamMember> & Pick<TeamMember, 'workspaceMemberId'>,
): TeamMember => ({
  id: `tm-${overrides.workspaceMemberId}` as TeamMemberId,
  role: 'LOCAL_ACCOUNT_MANAGER',
  countryCode: null,
  startDate: '2025-01-01' as IsoDate,
  endDateInclusive: null,
  ...overrides,
});

export const DEMO_TEAM: TeamMember[] = [
  buildTeamMember({
    workspaceMemberId: PEOPLE.gam,
    role: 'GLOBAL_ACCOUNT_MANAGER',
    countryCode: 'SE',
  }),
  buildTeamMember({ workspaceMemberId: PEOPLE.deLam, countryCode: 'DE' }),
  buildTeamMember({ workspaceMemberId: PEOPLE.plLam, countryCode: 'PL' }),
  buildTeamMember({ workspaceMemberId: PEOPLE.frLam, countryCode: 'FR' }),
];

export const period = (
  name: string,
  startDate: string,
  endDate: string,
  state: CreditPeriod['state'] = 'OPEN',
): CreditPeriod => ({
  name,
  startDate: startDate as IsoDate,
  endDateInclusive: endDate as IsoDate,
  state,
});

export const euros = (
  units: number,
): { amountMicros: number; currencyCode: string } => ({
  amountMicros: Math.round(units * 1_000_000),
  currencyCode: 'EUR',
});

type Overrides = {
  opportunity?: Partial<CreditLedgerInput['opportunity']>;
  company?: Partial<NonNullable<CreditLedgerInput['company']>> | null;
  globalAccount?: Partial<
    NonNullable<CreditLedgerInput['globalAccount']>
  > | null;
} & Partial<
  Omit<CreditLedgerInput, 'opportunity' | 'company' | 'globalAccount'>
>;

export const buildCreditInput = (
  overrides: Overrides = {},
): CreditLedgerInput => {
  const { opportunity, company, globalAccount, ...rest } = overrides;
  return {
    opportunity: {
      id: OPPORTUNITY_ID,
      amount: euros(100_000),
      stage: 'PROPOSAL',
      closeDate: '2026-11-15',
      ownerId: PEOPLE.deLam,
      bookingCountry: null,
      shipToCountry: null,
      isDeleted: false,
      ...opportunity,
    },
    company:
      company === null
        ? null
        : {
            id: 'co-1' as CompanyId,
            countryCode: 'DE',
            globalAccountId: GLOBAL_ACCOUNT_ID,
            ...company,
          },
    globalAccount:
      globalAccount === null
        ? null
        : {
            id: GLOBAL_ACCOUNT_ID,
            globalAccountManagerId: PEOPLE.gam,
            reportingCurrency: 'EUR',
            creditPolicy: null,
            ...globalAccount,
          },
    team: DEMO_TEAM,
    lines: [],
    periods: [period('2026-Q4', '2026-10-01', '2026-12-31')],
    rates: [],
    today: '2026-11-27',
    ...rest,
  };
};

let lineCounter = 0;
export const nextLineId = (): CreditLineId =>
  `line-${(lineCounter += 1)}` as CreditLineId;

/** Computes and writes the diff, as a handler would; throws on an engine error. */
export const runCreditEngine = (input: CreditLedgerInput): CreditLine[] => {
  const outcome = computeCreditLedger(input);
  if (!outcome.success) throw new Error(JSON.stringify(outcome.error));
  return applyCreditLedgerDiff(input.lines, outcome.data.diff, nextLineId);
};

/** A compact view of the lines that count: recipient, type, entry, period, minor units. */
export const summariseLines = (lines: readonly CreditLine[]): string[] =>
  lines
    .filter((line) => line.status !== 'REVERSED')
    .map(
      (line) =>
        `${line.recipientId} ${line.creditType} ${line.entryType} ${line.period} ${line.status} ${line.basisPoints / 100}% ${line.amount.amountMinor}`,
    )
    .sort();
