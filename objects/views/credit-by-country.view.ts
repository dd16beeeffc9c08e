import { defineView } from 'twenty-sdk/define';

import {
  CREDIT_BY_COUNTRY_VIEW_FIELD_IDS,
  CREDIT_BY_COUNTRY_VIEW_FILTER_IDS,
  CREDIT_BY_COUNTRY_VIEW_SORT_IDS,
  CREDIT_BY_COUNTRY_VIEW_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';
import { buildCreditLedgerView } from '../utils/build-credit-ledger-view.util';

// Credit per office: country first, then who in that office is credited.
export default defineView(
  buildCreditLedgerView({
    universalIdentifier: CREDIT_BY_COUNTRY_VIEW_UNIVERSAL_IDENTIFIER,
    name: 'Credit by country (latest period first)',
    icon: 'IconFlag',
    position: 0,
    fieldIds: CREDIT_BY_COUNTRY_VIEW_FIELD_IDS,
    fieldOrder: [
      'countryCode',
      'period',
      'recipient',
      'creditType',
      'percent',
      'amount',
      'reportingAmount',
      'status',
      'opportunity',
      'globalAccount',
    ],
    statusFilterId: CREDIT_BY_COUNTRY_VIEW_FILTER_IDS.status,
    periodSortId: CREDIT_BY_COUNTRY_VIEW_SORT_IDS.period,
    thenSortBy: {
      field: 'countryCode',
      sortId: CREDIT_BY_COUNTRY_VIEW_SORT_IDS.countryCode,
    },
  }),
);
