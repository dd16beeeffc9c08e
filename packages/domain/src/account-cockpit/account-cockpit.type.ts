import { type CountryAmount } from '../hierarchy-rollups/global-account-rollup.type';
import { type RollupStatus } from '../shared/data-model.constants';

/** A member company of the family, as the cockpit reads it. */
export type CockpitCompany = {
  id: string;
  name: string | null;
  countryCode: string | null;
  parentCompanyId: string | null;
};

/** A credit line of the account (REVERSED lines are left out by the reader or here). */
export type CockpitCreditLine = {
  /** The recipient's office country. */
  countryCode: string | null;
  /** REVENUE or OVERLAY: only revenue credit is the office's share of the cake. */
  creditType: string | null;
  status: string | null;
  reportingAmountMicros: bigint;
  reportingCurrency: string | null;
};

export type CockpitAgreement = {
  name: string | null;
  status: string | null;
  currency: string | null;
  volumeToDateMicros: bigint | null;
  nextTierThresholdMicros: bigint | null;
  currentRebatePercent: number | null;
};

export type CockpitConflict = {
  kind: string | null;
  severity: string | null;
  summary: string | null;
  assigneeName: string | null;
};

export type CockpitActivityKind = 'OPPORTUNITY' | 'TASK' | 'NOTE';

export type CockpitActivity = {
  kind: CockpitActivityKind;
  title: string | null;
  companyId: string | null;
  /** ISO date-time of the last change. */
  at: string;
};

/** The roll-up figures the cockpit shows, as computeGlobalAccountRollup gives them. */
export type CockpitRollup = {
  rollupStatus: RollupStatus;
  problem: { message: string } | null;
  reportingCurrency: string;
  pipelineByCountry: CountryAmount[] | null;
  wonRevenueByCountry: CountryAmount[] | null;
  memberCountries: string[];
  uncoveredCountries: string[];
};

export type AccountCockpitInput = {
  account: { id: string; name: string | null; ultimateParent: string };
  rollup: CockpitRollup;
  companies: readonly CockpitCompany[];
  creditLines: readonly CockpitCreditLine[];
  agreements: readonly CockpitAgreement[];
  conflicts: readonly CockpitConflict[];
  activity: readonly CockpitActivity[];
  /** Most recent activity items shown (default 10). */
  activityLimit?: number;
};

export type FamilyTreeRow = {
  id: string;
  name: string;
  countryCode: string | null;
  /** 0 for a top company of the family, 1 for its subsidiaries, … */
  depth: number;
  /** False when the company's country has no active local account manager. */
  covered: boolean;
};

/** Amounts are already formatted for people ("12,500 EUR"); null when not known. */
export type CountryFiguresRow = {
  countryCode: string;
  pipeline: string | null;
  won: string | null;
};

export type OfficeCreditRow = {
  countryCode: string;
  currency: string;
  credited: string;
  provisional: string;
  creditedMinor: number;
  provisionalMinor: number;
};

export type AgreementProgressRow = {
  name: string;
  status: string;
  volumeToDate: string | null;
  nextTierThreshold: string | null;
  /** Whole percent of the next tier reached (0–100); null without a next tier. */
  progressPercent: number | null;
  currentRebatePercent: number | null;
};

/** Open conflicts of one cause: the app raises one per assignee, the cockpit shows one row. */
export type CockpitConflictRow = {
  kind: string | null;
  severity: string | null;
  summary: string | null;
  assignees: string[];
};

export type AccountCockpit = {
  account: {
    id: string;
    name: string;
    ultimateParent: string;
    reportingCurrency: string;
    rollupStatus: RollupStatus;
    /** Why the money figures are missing (a missing exchange rate, …). */
    problem: string | null;
  };
  familyTree: FamilyTreeRow[];
  memberCountries: string[];
  uncoveredCountries: string[];
  byCountry: CountryFiguresRow[];
  creditByOffice: OfficeCreditRow[];
  agreements: AgreementProgressRow[];
  conflicts: CockpitConflictRow[];
  recentActivity: (CockpitActivity & { companyName: string | null })[];
};
