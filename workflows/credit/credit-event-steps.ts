import {
  CREDIT_HANDLER_TIMEOUT_SECONDS,
  RECOMPUTATION_TIMEOUT_SECONDS,
} from '../constants/logic-function-timeouts.constant';
import { type EventStep } from '../dispatch/event-step.type';
import { COMPANY_CREDIT_INPUT_FIELDS } from './fan-out-trigger.constants';
import { OPPORTUNITY_CREDIT_INPUT_FIELDS } from './opportunity-trigger.constants';
import {
  opportunityIdsOfOpportunityEvents,
  runCreditHandler,
} from './run-credit-handler.util';
import { companyJobsOf, runFanOutHandler } from './run-fan-out-handler.util';

/** Brings an opportunity's credit lines in line with its inputs (created, updated, deleted, restored). */
export const opportunityCreditStep: EventStep = {
  name: 'credit',
  updatedFields: OPPORTUNITY_CREDIT_INPUT_FIELDS,
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: (payload) =>
    runCreditHandler(payload, opportunityIdsOfOpportunityEvents),
};

/** Recomputes the open deals of a company that joins, leaves or moves between accounts, or changes country. */
export const companyCreditStep: EventStep = {
  name: 'credit',
  updatedFields: COMPANY_CREDIT_INPUT_FIELDS,
  timeoutSeconds: RECOMPUTATION_TIMEOUT_SECONDS,
  run: (payload) => runFanOutHandler(payload, companyJobsOf),
};
