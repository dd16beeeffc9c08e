import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import { type EventStep } from '../dispatch/event-step.type';
import { COMPANY_RADAR_INPUT_FIELDS } from './company-radar.constants';
import {
  runCompanyRadarOnDeleted,
  runCompanyRadarOnEvents,
} from './run-company-radar-handler.util';

// Listed by workflows/dispatch/company-event-steps.constant.ts.
type CompanyRadarStep = EventStep;

/** company.created: match the new company. */
export const companyRadarCreatedStep: CompanyRadarStep = {
  name: 'conflict-radar',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: runCompanyRadarOnEvents,
};

/** company.updated on matched fields only: the radar's own key writes do not run it again. */
export const companyRadarUpdatedStep: CompanyRadarStep = {
  name: 'conflict-radar',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  updatedFields: COMPANY_RADAR_INPUT_FIELDS,
  run: runCompanyRadarOnEvents,
};

/** company.restored: check again (its conflicts come back if their cause did). */
export const companyRadarRestoredStep: CompanyRadarStep = {
  name: 'conflict-radar',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: runCompanyRadarOnEvents,
};

/** company.deleted: its radar conflicts are resolved, with the reason. */
export const companyRadarDeletedStep: CompanyRadarStep = {
  name: 'conflict-radar',
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  run: runCompanyRadarOnDeleted,
};
