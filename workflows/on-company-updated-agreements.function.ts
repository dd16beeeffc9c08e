import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { ON_COMPANY_UPDATED_AGREEMENTS_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import {
  runAgreementHandler,
  type AgreementHandlerOutcome,
} from './agreements/run-agreement-handler.util';
import { familiesOfEvents } from './agreements/agreement-event-scopes.util';
import { COMPANY_AGREEMENT_FIELDS } from './agreements/agreement-trigger.constants';
import { markMembershipDates } from './agreements/mark-membership-dates.util';

export const handler = (payload: unknown): Promise<AgreementHandlerOutcome> =>
  runAgreementHandler({
    payload,
    scopeOf: familiesOfEvents,
    beforeRecompute: markMembershipDates,
  });

export default defineLogicFunction({
  universalIdentifier: ON_COMPANY_UPDATED_AGREEMENTS_UNIVERSAL_IDENTIFIER,
  name: 'on-company-updated-agreements',
  description:
    'Dates the family membership of a company (globalAccountSince) when it joins a family and recomputes the agreements of the families it left and joined.',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler,
  databaseEventTriggerSettings: {
    eventName: 'company.updated',
    updatedFields: COMPANY_AGREEMENT_FIELDS,
    batchMode: true,
  },
});
