import { opportunityAgreementStep } from '../agreements/agreement-event-steps';
import {
  deletedOpportunityComplianceStep,
  opportunityComplianceStep,
} from '../compliance/compliance-event-steps';
import { opportunityCreditStep } from '../credit/credit-event-steps';
import { type EventStep } from './event-step.type';

// Credit first: the agreement check and the agreement volume read no credit, but a person
// waits for the credit lines first.
export const OPPORTUNITY_CREATED_STEPS: readonly EventStep[] = [
  opportunityCreditStep,
  opportunityComplianceStep,
  opportunityAgreementStep,
];

export const OPPORTUNITY_UPDATED_STEPS: readonly EventStep[] = [
  opportunityCreditStep,
  opportunityComplianceStep,
  opportunityAgreementStep,
];

export const OPPORTUNITY_DELETED_STEPS: readonly EventStep[] = [
  opportunityCreditStep,
  deletedOpportunityComplianceStep,
  opportunityAgreementStep,
];

export const OPPORTUNITY_RESTORED_STEPS: readonly EventStep[] = [
  opportunityCreditStep,
  opportunityComplianceStep,
  opportunityAgreementStep,
];
