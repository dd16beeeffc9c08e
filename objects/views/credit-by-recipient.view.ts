import { defineView } from 'twenty-sdk/define';

import {
  CREDIT_BY_RECIPIENT_VIEW_FIELD_IDS,
  CREDIT_BY_RECIPIENT_VIEW_FILTER_IDS,
  CREDIT_BY_RECIPIENT_VIEW_SORT_IDS,
  CREDIT_BY_RECIPIENT_VIEW_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';
import { buildCreditLedgerView } from '../utils/build-credit-ledger-view.util';

// Credit per person: who is credited first, revenue before overlay.
export default defineView(
  buildCreditLedgerView({
    universalIdentifier: CREDIT_BY_RECIPIENT_VIEW_UNIVERSAL_IDENTIFIER,
    name: 'Credit by person (latest period first)',
    icon: 'IconUserDollar',
    position: 0,
    fieldIds: CREDIT_BY_RECIPIENT_VIEW_FIELD_IDS,
    fieldOrder: [
      'recipient',
      'period',
      'countryCode',
      'creditType',
      'percent',
      'amount',
      'reportingAmount',
      'status',
      'opportunity',
      'globalAccount',
    ],
    statusFilterId: CREDIT_BY_RECIPIENT_VIEW_FILTER_IDS.status,
    periodSortId: CREDIT_BY_RECIPIENT_VIEW_SORT_IDS.period,
    thenSortBy: {
      field: 'creditType',
      sortId: CREDIT_BY_RECIPIENT_VIEW_SORT_IDS.creditType,
    },
  }),
);
