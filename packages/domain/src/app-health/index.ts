export {
  type AppHealthResult,
  type HealthFinding,
} from './health-finding.type';
export {
  checkCreditSettings,
  readExchangeRates,
} from './check-credit-settings.util';
export {
  findInvalidPolicies,
  findMissingRates,
  findOpenPeriodGap,
  findStaleCredit,
} from './find-data-health.util';
export { summariseHealth } from './summarise-health.util';
export { planCurrentPeriod, quarterPeriodOf } from './plan-current-period.util';
