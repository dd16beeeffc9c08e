import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { type EventStep } from '../dispatch/event-step.type';
import {
  familiesOfEvents,
  familiesOfOpportunityEvents,
} from './agreement-event-scopes.util';
import {
  COMPANY_AGREEMENT_FIELDS,
  OPPORTUNITY_VOLUME_FIELDS,
} from './agreement-trigger.constants';
import { markMembershipDates } from './mark-membership-dates.util';
import { runAgreementHandler } from './run-agreement-handler.util';

/** Recomputes the agreement volume of the families a won deal belongs to (created, updated, deleted, restored). */
export const opportunityAgreementStep: EventStep = {
  name: 'agreements',
  updatedFields: OPPORTUNITY_VOLUME_FIELDS,
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: (payload) =>
    runAgreementHandler({
      payload,
      scopeOf: (events, config) =>
        familiesOfOpportunityEvents(
          config.credit.settings.wonStages ?? ['CUSTOMER'],
        )(events),
    }),
};

/** Dates a company's family membership (globalAccountSince) and recomputes the agreements of the families it left and joined. */
export const companyAgreementStep: EventStep = {
  name: 'agreements',
  updatedFields: COMPANY_AGREEMENT_FIELDS,
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: (payload) =>
    runAgreementHandler({
      payload,
      scopeOf: familiesOfEvents,
      beforeRecompute: markMembershipDates,
    }),
};
