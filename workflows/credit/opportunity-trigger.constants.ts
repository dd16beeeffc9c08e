// The inputs of an opportunity's credit: a change to any other field (including those the app
// writes itself, such as agreementStatus) does not trigger a recomputation.
export const OPPORTUNITY_CREDIT_INPUT_FIELDS = [
  'amount',
  'stage',
  'closeDate',
  'ownerId',
  'companyId',
  'bookingCountry',
  'shipToCountry',
];
