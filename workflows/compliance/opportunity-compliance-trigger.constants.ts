// The inputs of a deal's agreement check. agreementStatus is left out: the check writes it,
// and a write of its own must not start it again.
export const OPPORTUNITY_COMPLIANCE_INPUT_FIELDS = [
  'stage',
  'amount',
  'closeDate',
  'frameworkAgreementId',
  'listAmount',
  'companyId',
  'bookingCountry',
  'shipToCountry',
  'ownerId',
];

// Company fields the check reads (globalAccountSince is written by the agreement volume, not by the check).
export const COMPANY_COMPLIANCE_INPUT_FIELDS = [
  'globalAccountId',
  'countryCode',
  'globalAccountSince',
];

// Agreement fields the check reads; the progress fields the app writes on it are left out.
export const AGREEMENT_COMPLIANCE_INPUT_FIELDS = [
  'status',
  'startDate',
  'endDate',
  'coveredCountries',
  'agreedDiscountPercent',
  'priority',
  'globalAccountId',
  'name',
];
