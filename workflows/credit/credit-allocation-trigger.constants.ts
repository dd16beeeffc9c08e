// The fields of a MANUAL line a manager sets. The app writes amount, reportingAmount, status and
// period of those lines itself and must not be triggered by them.
export const MANUAL_LINE_INPUT_FIELDS = [
  'percent',
  'recipientId',
  'source',
  'creditType',
  'entryType',
  'opportunityId',
];
