// Manager dashboard widgets added for issue 11 (reports a manager can trust). The first
// widgets of the dashboard keep their identifiers in universal-identifiers.ts.
export const MANAGER_DASHBOARD_PROVISIONAL_CREDIT_WIDGET_UNIVERSAL_IDENTIFIER =
  '7b0b9905-cb54-453f-bd09-65c209b9cb5c';
export const MANAGER_DASHBOARD_CREDIT_BY_CURRENCY_WIDGET_UNIVERSAL_IDENTIFIER =
  '53d50e18-3fd5-4438-85fb-4d9079f093f3';
export const MANAGER_DASHBOARD_WON_VOLUME_BY_SHIP_TO_WIDGET_UNIVERSAL_IDENTIFIER =
  'f37d6521-efbf-43d9-a210-f936e1f83bcb';
export const MANAGER_DASHBOARD_WON_REVENUE_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER =
  'd9460641-e4b7-466f-86a3-075f17275ad2';
export const MANAGER_DASHBOARD_ANNUAL_TARGET_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER =
  'c47d063c-448a-413d-8815-b0545ae7edc0';
export const MANAGER_DASHBOARD_ATTAINMENT_TABLE_WIDGET_UNIVERSAL_IDENTIFIER =
  'c9663606-6606-4174-8072-2b83a410961d';

// The attainment table: each account's target beside its roll-ups, one row per account.
export const ATTAINMENT_BY_ACCOUNT_VIEW_UNIVERSAL_IDENTIFIER =
  '91414095-5094-4af1-a0f4-ea84678ebf2c';
export const ATTAINMENT_BY_ACCOUNT_VIEW_FIELD_IDS = {
  name: 'bba7da94-9c61-4f07-b1ec-545d81f80592',
  annualTarget: '1a2c9267-070c-4235-9c80-055bcc19654b',
  wonRevenueYtd: 'd7a745d6-1724-42d0-a35f-abc02d702218',
  openPipeline: '217d5a95-36c9-4542-a4d0-995f89b21f9f',
  rollupStatus: 'a2964796-76ac-4229-914f-905f895e81e7',
  rollupCalculatedAt: 'b665beb2-8656-43bd-a724-442424a93264',
  uncoveredCountries: 'fcc5e2ea-ce10-4b5e-ad40-6a3cbe35a7fe',
  openConflicts: '3f9ceaf5-40f7-4263-b5cb-28f3373f693c',
} as const;

// Issue 11, roll-ups branch: pipeline by country, plan targets, country objectives.
export const MANAGER_DASHBOARD_PIPELINE_BY_COUNTRY_WIDGET_UNIVERSAL_IDENTIFIER =
  '24211551-2341-4cdd-97fb-e7f6539c89a2';
export const MANAGER_DASHBOARD_PLAN_TARGET_BY_ACCOUNT_WIDGET_UNIVERSAL_IDENTIFIER =
  'bee0d240-47e9-4482-80dd-f17a34909651';
export const MANAGER_DASHBOARD_COUNTRY_TARGETS_WIDGET_UNIVERSAL_IDENTIFIER =
  '3e4030a1-87c6-4f97-becf-f68d4ddca2d2';
export const MANAGER_DASHBOARD_COUNTRY_ATTAINMENT_WIDGET_UNIVERSAL_IDENTIFIER =
  'eb79f166-aaea-4339-a680-26fe4cac8de0';
