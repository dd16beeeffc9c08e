import { companyAgreementStep } from '../agreements/agreement-event-steps';
import { companyComplianceStep } from '../compliance/compliance-event-steps';
import {
  companyRadarCreatedStep,
  companyRadarDeletedStep,
  companyRadarRestoredStep,
  companyRadarUpdatedStep,
} from '../conflict-radar/company-radar.step';
import { companyCreditStep } from '../credit/credit-event-steps';
import {
  companyHierarchyStep,
  companyRollupStep,
} from '../rollups/company-events.step';
import { type EventStep } from './event-step.type';

export const COMPANY_UPDATED_STEPS: readonly EventStep[] = [
  companyCreditStep,
  companyAgreementStep,
  companyComplianceStep,
  companyRadarUpdatedStep,
  companyHierarchyStep,
  companyRollupStep,
];

// A company created under a parent joins the parent's account (hierarchy); the join is a
// company update that runs the updated steps.
export const COMPANY_CREATED_STEPS: readonly EventStep[] = [
  companyRadarCreatedStep,
  companyHierarchyStep,
  companyRollupStep,
];

export const COMPANY_DELETED_STEPS: readonly EventStep[] = [
  companyRadarDeletedStep,
  companyRollupStep,
];

export const COMPANY_RESTORED_STEPS: readonly EventStep[] = [
  companyRadarRestoredStep,
  companyRollupStep,
];
