// Inputs of the credit that live on other records. None of them is written by the app.
export const COMPANY_CREDIT_INPUT_FIELDS = ['globalAccountId', 'countryCode'];
export const TEAM_MEMBER_CREDIT_INPUT_FIELDS = [
  'globalAccountId',
  'workspaceMemberId',
  'role',
  'countryCode',
  'startDate',
  'endDate',
];
export const GLOBAL_ACCOUNT_CREDIT_INPUT_FIELDS = [
  'creditPolicy',
  'globalAccountManagerId',
  'reportingCurrency',
];
