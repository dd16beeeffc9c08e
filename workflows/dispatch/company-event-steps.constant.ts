import { companyAgreementStep } from '../agreements/agreement-event-steps';
import { companyComplianceStep } from '../compliance/compliance-event-steps';
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
  companyHierarchyStep,
  companyRollupStep,
];
