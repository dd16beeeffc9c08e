// The seeds' public API: every name other packages may import, listed explicitly.
export { SEED_IDS } from './constants/seed-ids.constant';
export {
  DEMO_COMPANIES,
  DEMO_RADAR_COMPANIES,
  DEMO_RADAR_DEALS,
  DEMO_CORRECTION,
  DEMO_EXCHANGE_RATES,
  DEMO_GLOBAL_ACCOUNT,
  DEMO_MEMBERS,
  DEMO_OPPORTUNITIES,
  DEMO_PERIODS,
  DEMO_PERIOD_TO_CLOSE,
  DEMO_TEAM,
  companyId,
  memberId,
  type DemoCompanyKey,
  type DemoMemberKey,
} from './demo-family.seed';
export {
  loadDemoFamily,
  toDemoAgreementRecords,
  toDemoOpportunityRecords,
  type Progress,
} from './load-demo-family.util';
export {
  DEMO_AGREEMENTS,
  DEMO_REBATE_TIERS,
  agreementId,
  type DemoAgreementKey,
} from './demo-agreements.seed';
export {
  planDemoAgreements,
  type DemoAgreementPlan,
} from './plan-demo-agreements.util';
// Issue 11: the demo account plan and its measured objectives.
export {
  DEMO_ACCOUNT_PLAN,
  DEMO_OBJECTIVES,
  toDemoObjectiveRecords,
} from './demo-account-plan.seed';
