import { type CountryAmount } from '../hierarchy-rollups/global-account-rollup.type';

/** What an objective measures; MANUAL objectives keep the value a person types. */
export const OBJECTIVE_MEASURE_KINDS = [
  'WON_REVENUE_IN_COUNTRY',
  'PIPELINE',
  'NEW_COMPANIES_IN_FAMILY',
  'MANUAL',
] as const;
export type ObjectiveMeasureKind = (typeof OBJECTIVE_MEASURE_KINDS)[number];

/**
 * The account's measured figures, from its roll-up: amounts in the reporting currency for the
 * fiscal year (won) or now (pipeline), and companies that joined the family this fiscal year.
 */
export type MeasuredFigures = {
  wonRevenueByCountry: readonly CountryAmount[];
  pipelineByCountry: readonly CountryAmount[];
  newFamilyCompanies: number;
};

export type PlanObjective = {
  measure: ObjectiveMeasureKind;
  /** WON_REVENUE_IN_COUNTRY needs it; PIPELINE without it measures the whole family. */
  countryCode: string | null;
  targetValue: number | null;
  currentValue: number | null;
  /** `YYYY-MM-DD`, the last day to reach the target. */
  dueDate: string | null;
};
