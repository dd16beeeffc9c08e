import { companyAgreementStep } from '../agreements/agreement-event-steps';
import { companyComplianceStep } from '../compliance/compliance-event-steps';
import {
  companyRadarCreatedStep,
  companyRadarDeletedStep,
  companyRadarRestoredStep,
  companyRadarUpdatedStep,
} from '../conflict-radar/company-radar.step';
import { companyCreditStep } from '../credit/credit-event-steps';
import { type EventStep } from './event-step.type';

export const COMPANY_UPDATED_STEPS: readonly EventStep[] = [
  companyCreditStep,
  companyAgreementStep,
  companyComplianceStep,
  companyRadarUpdatedStep,
];

export const COMPANY_CREATED_STEPS: readonly EventStep[] = [
  companyRadarCreatedStep,
];

export const COMPANY_DELETED_STEPS: readonly EventStep[] = [
  companyRadarDeletedStep,
];

export const COMPANY_RESTORED_STEPS: readonly EventStep[] = [
  companyRadarRestoredStep,
];
