// The inputs of an agreement's progress on each record. The fields the app writes itself
// (frameworkAgreement's progress fields, rebateSettlement, conflict) are never among them, so
// its own writes do not trigger it again.
export const AGREEMENT_INPUT_FIELDS = [
  'name',
  'globalAccountId',
  'status',
  'startDate',
  'endDate',
  'currency',
  'coveredCountries',
  'retroactive',
];
export const REBATE_TIER_INPUT_FIELDS = [
  'fromVolume',
  'rebatePercent',
  'frameworkAgreementId',
];
// What changes an opportunity's contribution to the won volume.
export const OPPORTUNITY_VOLUME_FIELDS = [
  'stage',
  'amount',
  'closeDate',
  'frameworkAgreementId',
  'companyId',
];
// globalAccountSince is written by the app once per move (then it only recomputes); a
// manager's correction of it changes the volume too.
export const COMPANY_AGREEMENT_FIELDS = [
  'globalAccountId',
  'countryCode',
  'globalAccountSince',
];
export const CREDIT_PERIOD_AGREEMENT_FIELDS = [
  'state',
  'startDate',
  'endDate',
  'name',
];
