import { SEED_IDS } from './constants/seed-ids.constant';
import { DEMO_GLOBAL_ACCOUNT, memberId } from './demo-family.seed';

// The Nordlys plan for fiscal year 2026 (calendar year): targets the manager dashboard sets
// against won revenue, and objectives the app measures (issue 11). Last reviewed in June, so
// the account shows the 90-day review flag on the demo day (late November).
export const DEMO_ACCOUNT_PLAN = {
  id: SEED_IDS.accountPlan(1),
  name: 'Nordlys Group 2026',
  globalAccountId: DEMO_GLOBAL_ACCOUNT.id,
  fiscalYear: 2026,
  revenueTarget: { amountMicros: 2_000_000_000_000, currencyCode: 'EUR' },
  status: 'ACTIVE',
  lastReviewedAt: '2026-06-15T09:00:00.000Z',
};

export const DEMO_OBJECTIVES = [
  {
    name: 'Win 400,000 EUR in Germany',
    owner: 'deLam',
    measure: 'WON_REVENUE_IN_COUNTRY',
    countryCode: 'DE',
    targetValue: 400_000,
    dueDate: '2026-12-31',
  },
  {
    name: 'Win 250,000 EUR in Poland',
    owner: 'plLam',
    measure: 'WON_REVENUE_IN_COUNTRY',
    countryCode: 'PL',
    targetValue: 250_000,
    dueDate: '2026-12-31',
  },
  {
    name: 'Win 150,000 EUR in France',
    owner: 'frLam',
    measure: 'WON_REVENUE_IN_COUNTRY',
    countryCode: 'FR',
    targetValue: 150_000,
    dueDate: '2026-12-31',
  },
  {
    name: 'Keep 500,000 EUR of open pipeline',
    owner: 'gam',
    measure: 'PIPELINE',
    countryCode: null,
    targetValue: 500_000,
    dueDate: '2026-12-31',
  },
  {
    name: 'Bring one new company into the family',
    owner: 'gam',
    measure: 'NEW_COMPANIES_IN_FAMILY',
    countryCode: null,
    targetValue: 1,
    dueDate: '2026-12-31',
  },
  {
    name: 'Executive sponsor at the headquarters',
    owner: 'gam',
    measure: 'MANUAL',
    countryCode: 'SE',
    targetValue: 1,
    dueDate: '2026-09-30',
  },
] as const;

/** The objectives as records (owner resolved through `person`, as for the other seeds). */
export const toDemoObjectiveRecords = (
  person: (key: Parameters<typeof memberId>[0]) => string = memberId,
) =>
  DEMO_OBJECTIVES.map((objective, index) => ({
    id: SEED_IDS.accountPlanObjective(index + 1),
    name: objective.name,
    accountPlanId: DEMO_ACCOUNT_PLAN.id,
    ownerId: person(objective.owner),
    measure: objective.measure,
    countryCode: objective.countryCode,
    targetValue: objective.targetValue,
    dueDate: objective.dueDate,
  }));
