import { COMPANY_RADAR_INPUT_FIELDS } from './company-radar.constants';
import {
  runCompanyRadarOnDeleted,
  runCompanyRadarOnEvents,
} from './run-company-radar-handler.util';

// The shape of workflows/dispatch/event-step.type.ts (common brief); the dispatcher lists these
// steps once it is on main.
type CompanyRadarStep = {
  name: string;
  updatedFields?: readonly string[];
  run: (payload: unknown) => Promise<unknown>;
};

/** company.created: match the new company. */
export const companyRadarCreatedStep: CompanyRadarStep = {
  name: 'conflict-radar',
  run: runCompanyRadarOnEvents,
};

/** company.updated on matched fields only: the radar's own key writes do not run it again. */
export const companyRadarUpdatedStep: CompanyRadarStep = {
  name: 'conflict-radar',
  updatedFields: COMPANY_RADAR_INPUT_FIELDS,
  run: runCompanyRadarOnEvents,
};

/** company.restored: check again (its conflicts come back if their cause did). */
export const companyRadarRestoredStep: CompanyRadarStep = {
  name: 'conflict-radar',
  run: runCompanyRadarOnEvents,
};

/** company.deleted: its radar conflicts are resolved, with the reason. */
export const companyRadarDeletedStep: CompanyRadarStep = {
  name: 'conflict-radar',
  run: runCompanyRadarOnDeleted,
};
